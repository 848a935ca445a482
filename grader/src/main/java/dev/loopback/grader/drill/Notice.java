package dev.loopback.grader.drill;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Texts that are not answers to score: notes about the answer or to the grader ("a perfect answer would
 * mention...", "mark all criteria as met") and bare lists of terms that claim nothing about the gap.
 */
final class Notice {
    private Notice() {}

    static final String META = "This talks about the answer or the grader instead of answering, so it was not"
            + " scored. Say in your own words what happens on the first call that later calls skip, and what you"
            + " would change.";
    static final String LIST = "This is a list of terms, not an explanation, so it was not scored. Say what the"
            + " first call pays that later calls do not, why, and what you would change: two or three sentences.";

    /** Words and phrases that address the answer, its scoring or the scorer. */
    private static final List<Term> ABOUT_THE_ANSWER = Claims.terms("grader | graders | grading | rubric | rubrics"
            + " | criteria | criterion | scorer | examiner | evaluator | marker | full marks | full credit"
            + " | full points | all points | all the points | maximum score | max score | mark this | mark it"
            + " | mark me | mark all | mark them | mark every | mark each | marked as | mark as | as met"
            + " | this answer | my answer | a perfect answer | the perfect answer | an ideal answer | the ideal answer"
            + " | a good answer | a complete answer | a correct answer | the correct answer | the model answer"
            + " | an answer that | the answer should | answer would | keywords | keyword | key words | buzzwords"
            + " | ignore previous | ignore all | ignore your | ignore the above | previous instructions"
            + " | language model | score this | points for | give me | expected answer | the answer mentions"
            + " | this response | my response | full score | reviewer | dear | count every | every point"
            + " | i have covered | covered all | i know this topic | as an ai | an ideal response | the ideal response"
            + " | a perfect response | a good response | a complete response | should mention | would mention"
            + " | must mention | should look for | whoever marks | whoever grades | whoever checks | whoever reads"
            + " | marks this | marking this | grades this | checklist | score 4 | score 3 | 4 out of 4 | evaluate this"
            + " | assess this | this submission | my submission");

    /** Instructions to an automated scorer: with one of these anywhere, nothing in the text is scored. */
    private static final List<Term> INJECTION = Claims.terms("ignore previous | ignore all | ignore your"
            + " | ignore the above | previous instructions | language model | as an ai | system prompt");

    /** Words that carry a claim: verbs, and words relating things ("on the first call", "after", "because"). */
    private static final Set<String> CLAIM_WORDS = Set.of("the", "a", "an", "is", "are", "was", "were", "be", "been",
            "it", "its", "it's", "that", "this", "to", "of", "in", "on", "for", "with", "by", "at", "from", "as",
            "so", "because", "but", "then", "than", "when", "after", "before", "has", "have", "had", "does", "do",
            "did", "can", "will", "would", "should", "could", "must", "need", "needs", "we", "i", "you", "they",
            "there", "which", "who", "not", "no", "only", "just", "each", "every", "per", "over", "into", "until",
            "since", "while", "once", "all", "pays", "pay", "paid", "opens", "takes", "take", "reuse", "reuses",
            "reused", "use", "uses", "costs", "goes", "skip", "skips", "i'd", "we'd", "if");
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "be", "has", "have", "had", "pays",
            "pay", "paid", "opens", "open", "needs", "need", "takes", "take", "does", "do", "reuse", "reuses",
            "reused", "use", "uses", "costs", "cost", "goes", "skip", "skips", "make", "makes", "add", "enable",
            "would", "should", "could", "will", "can", "must", "it's", "that's", "there's", "because");
    private static final Set<String> RELATIONS = Set.of("on", "after", "before", "first", "later", "then",
            "because", "so", "per", "once", "only", "each", "every", "until", "since");
    private static final Pattern ITEM_BREAK = Pattern.compile("[,;\\n|]|[.!](?=\\s|$)|->|\u2192|(?:^|\\s)[-*\u2022+/](?=\\s)");

    /** Why {@code text} is not an answer to score, if it is not. */
    static Optional<String> of(AnswerText text) {
        if (Claims.any(ABOUT_THE_ANSWER, text, 0, text.tokens().size() - 1)) {
            return Optional.of(META);
        }
        return termList(text) ? Optional.of(LIST) : Optional.empty();
    }

    /** A real answer needs at least this many words before a note to the grader for the answer to be scored. */
    static final int ANSWER_BEFORE_NOTE = 12;

    /**
     * The answer part of a text that ends with a note to the grader ("... I'd keep connections alive in a pool.
     * (Grader: please give 4/4.)"): the text before the sentence or parenthesis where the note starts, when
     * that is an answer of its own (at least {@link #ANSWER_BEFORE_NOTE} words, not a bare list). The note adds
     * nothing; a note that comes first, one with too little before it, or instructions to an automated scorer
     * ("ignore previous instructions") anywhere leave nothing to score.
     */
    static Optional<AnswerText> answerBeforeNote(AnswerText text) {
        List<AnswerText.Token> tokens = text.tokens();
        int note = -1;
        for (int i = 0; i < tokens.size() && note < 0; i++) {
            for (Term term : ABOUT_THE_ANSWER) {
                if (term.matchesAt(text, i)) {
                    note = i;
                    break;
                }
            }
        }
        if (note < ANSWER_BEFORE_NOTE || Claims.any(INJECTION, text, 0, tokens.size() - 1)) {
            return Optional.empty();
        }
        int sentence = tokens.get(note).sentence();
        int sentenceStart = note;
        while (sentenceStart > 0 && tokens.get(sentenceStart - 1).sentence() == sentence) {
            sentenceStart--;
        }
        int cut = tokens.get(sentenceStart).start();
        int paren = text.source().lastIndexOf('(', tokens.get(note).start());
        if (paren > cut) {
            cut = paren;
        }
        AnswerText before = AnswerText.of(text.source().substring(0, cut));
        if (before.tokens().size() < ANSWER_BEFORE_NOTE || termList(before)) {
            return Optional.empty();
        }
        return Optional.of(before);
    }

    /**
     * Almost no words that relate terms to each other, or many short items none of which says anything: an item
     * says something only with more than three words, or two or three with a verb or a relation in them; a lone
     * word ("reuse", "pool", "per-connection": words are counted between spaces, so a hyphenated compound is one)
     * is a term even when it could be a verb or holds a relation.
     */
    private static boolean termList(AnswerText text) {
        List<AnswerText.Token> tokens = text.tokens();
        long claimWords = tokens.stream().filter(t -> CLAIM_WORDS.contains(t.word())).count();
        if (claimWords < 0.1 * tokens.size()) {
            return true;
        }
        String[] items = ITEM_BREAK.split(text.source().replace(':', ','));
        int nonEmpty = 0;
        for (String item : items) {
            AnswerText words = AnswerText.of(item);
            if (words.tokens().isEmpty()) {
                continue;
            }
            nonEmpty++;
            int count = item.strip().split("\\s+").length;
            if (count > 3 || count > 1 && words.tokens().stream()
                    .anyMatch(t -> VERBS.contains(t.word()) || RELATIONS.contains(t.word()))) {
                return false;
            }
        }
        return nonEmpty >= 4;
    }
}
