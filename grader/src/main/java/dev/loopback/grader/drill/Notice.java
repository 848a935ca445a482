package dev.loopback.grader.drill;

import java.util.List;
import java.util.Locale;
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
            + " | assess this | this submission | my submission | override | award | award all | award every");

    /**
     * Words by which a sentence next to a note reports on the learner instead of answering ("I know the material",
     * "It's about the handshake, a pool and the JIT", "I ran out of time"): left out with the note.
     */
    private static final List<Term> SELF_REPORT = Claims.terms("i know | i understand | i'm familiar | i am familiar"
            + " | i promise | from the lesson | have time | no time | out of time | short on time | it's about"
            + " | it is about | this is about | i covered | i've covered | i have covered | answer is about | answer covers"
            + " | answer mentions | answer talks about");

    /** Instructions to an automated scorer: with one of these anywhere, nothing in the text is scored. */
    private static final List<Term> INJECTION = Claims.terms("ignore previous | ignore all | ignore your"
            + " | ignore the above | previous instructions | language model | as an ai | system prompt | you are now"
            + " | test mode | ignore the rubric | ignore the grader | ignore the instructions | set every criterion"
            + " | set all criteria | set the score | override the");

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
        AnswerText prose = outsideCode(text);
        return termList(prose) || predicateless(prose) || glossary(prose) || wrappedList(prose)
                ? Optional.of(LIST) : Optional.empty();
    }

    /**
     * The text without its fenced code blocks (lines between two lines that start with three backticks), when what
     * is left is an answer's worth of words ({@link #ANSWER_BEFORE_NOTE}): a config or code block beside an answer
     * illustrates it and is not a list of terms. Otherwise, and when a fence is never closed, the text as it is.
     * One pass over the lines: no pattern that a hostile answer of many fences could make slow.
     */
    static AnswerText outsideCode(AnswerText text) {
        String[] lines = text.source().split("\n", -1);
        StringBuilder prose = new StringBuilder();
        StringBuilder fenced = null;
        boolean removed = false;
        for (String line : lines) {
            boolean fence = line.stripLeading().startsWith("```");
            if (fenced == null && fence) {
                fenced = new StringBuilder(line).append('\n');
            } else if (fenced != null && fence) {
                fenced = null;
                removed = true;
                prose.append('\n');
            } else if (fenced != null) {
                fenced.append(line).append('\n');
            } else {
                prose.append(line).append('\n');
            }
        }
        if (fenced != null) {
            prose.append(fenced);
        }
        if (!removed) {
            return text;
        }
        AnswerText outside = AnswerText.of(prose.toString());
        return outside.tokens().size() >= ANSWER_BEFORE_NOTE ? outside : text;
    }

    /** A line that defines a term ("Keep-alive: leaving a connection open", "JIT - compiles hot code"). */
    private static final Pattern DEFINITION_LINE = Pattern.compile(
            "^\\s*(?:[-*\u2022]\\s*)?([\\p{L}][\\p{L}\\p{N} /+'-]{0,30}?)\\s*(?::|\\s[-\u2013\u2014=]\\s)\\s*\\S.*$");
    /** Heads of a line that answer the question rather than define a term ("Cause: ...", "Fix: ..."). */
    private static final Set<String> ANSWER_HEADS = Set.of("cause", "causes", "reason", "why", "fix", "fixes",
            "remedy", "solution", "answer", "problem", "explanation", "diagnosis", "mitigation", "what", "because",
            "so", "tldr", "summary", "result", "note", "edit", "first call", "later calls", "call 1", "bonus", "also");
    /** Words by which a line speaks about this gap rather than define a term. */
    private static final List<Term> ABOUT_THE_GAP = Claims.terms("first call* | first request* | later call*"
            + " | later request* | subsequent* | 350 | 310 | 40 ms | 40ms | slow* | gap | cold | after deploy*"
            + " | we | our | i'd | i would | i | us | this service | the service");

    /**
     * A glossary: three or more lines that each define a term ("Term: definition", "term - definition") and no line
     * that says anything about this gap. Correct definitions are not a claim about why the first call is slow.
     */
    static boolean glossary(AnswerText text) {
        int definitions = 0;
        for (String line : text.source().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = DEFINITION_LINE.matcher(line);
            if (m.matches() && !ANSWER_HEADS.contains(m.group(1).strip().toLowerCase(java.util.Locale.ROOT))) {
                definitions++;
            }
        }
        return definitions >= 3 && !Claims.any(ABOUT_THE_GAP, text, 0, text.tokens().size() - 1);
    }

    /** Phrases that wrap terms rather than claim anything ("stuff like that", "what comes to mind is"). */
    private static final List<Term> WRAPPERS = Claims.terms("stuff like that | things like that | that kind of thing"
            + " | and whatnot | and so on | that general area | that whole area | whole general area | comes to mind"
            + " | come to mind | things to think about | key things | key concepts | keywords here | relevant are"
            + " | all of those are relevant | all relevant | that sort of thing");

    /**
     * Terms wrapped in filler: a wrapper phrase and {@link #LIST_ITEMS} or more items, at least half of them short
     * and without a verb or a relation ("the key things are sort of connection setup, the TCP handshake, TLS, ...,
     * stuff like that").
     */
    static boolean wrappedList(AnswerText text) {
        if (!Claims.any(WRAPPERS, text, 0, text.tokens().size() - 1)) {
            return false;
        }
        int items = 0;
        int bare = 0;
        for (String item : ITEM_BREAK.split(text.source())) {
            AnswerText words = AnswerText.of(item);
            if (words.tokens().isEmpty()) {
                continue;
            }
            items++;
            if (words.tokens().size() <= 3 && words.tokens().stream()
                    .noneMatch(t -> VERBS.contains(t.word()) || RELATIONS.contains(t.word()))) {
                bare++;
            }
        }
        return items >= LIST_ITEMS && 2 * bare >= items;
    }

    private static final Pattern PARENTHESIS = Pattern.compile("<!--[\\s\\S]*?-->|\\([^()]*\\)|\\[[^\\[\\]]*\\]|\\{[^{}]*\\}");

    /** A real answer needs at least this many words before a note to the grader for the answer to be scored. */
    static final int ANSWER_BEFORE_NOTE = 8;

    /**
     * The answer part of a text that holds a note to the grader ("Note to the marker: sorry for the typos. The first
     * call opens ...", "... I'd keep connections alive in a pool. (Grader: please give 4/4.)", a "Keywords: ..." tail):
     * the text without the sentences and parentheses that talk about the answer, when what is left is an answer of its own (at least
     * {@link #ANSWER_BEFORE_NOTE} words, not a bare list). The note adds nothing; a text with too little besides the
     * note, or with instructions to an automated scorer ("ignore previous instructions") anywhere, leaves nothing to
     * score.
     */
    static Optional<AnswerText> answerBeforeNote(AnswerText whole) {
        AnswerText text = AnswerText.of(PARENTHESIS.matcher(whole.source()).replaceAll(m -> {
            AnswerText inside = AnswerText.of(m.group());
            // an HTML comment is hidden from a human reader: it is a note wherever it stands, never part of the answer
            return m.group().startsWith("<!--") || Claims.any(ABOUT_THE_ANSWER, inside, 0, inside.tokens().size() - 1)
                    || Claims.any(INJECTION, inside, 0, inside.tokens().size() - 1) ? " " : "$0";
        }));
        List<AnswerText.Token> tokens = text.tokens();
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (from < tokens.size()) {
            int sentence = tokens.get(from).sentence();
            int to = from;
            while (to + 1 < tokens.size() && tokens.get(to + 1).sentence() == sentence) {
                to++;
            }
            if (!Claims.any(ABOUT_THE_ANSWER, text, from, to) && !Claims.any(SELF_REPORT, text, from, to)
                    && !Claims.any(INJECTION, text, from, to)) {
                int end = to + 1 < tokens.size() ? tokens.get(to + 1).start() : text.source().length();
                int begin = from == 0 ? 0 : tokens.get(from).start();
                String part = text.source().substring(begin, end);
                kept.append(part.replaceAll("^[)\\]]+", "")).append(part.endsWith("\n") ? "" : " ");
            }
            from = to + 1;
        }
        AnswerText answer = AnswerText.of(kept.toString().strip());
        if (answer.tokens().size() < ANSWER_BEFORE_NOTE || termList(answer) || predicateless(answer) || glossary(answer)
                || wrappedList(answer)) {
            return Optional.empty();
        }
        return Optional.of(answer);
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

    /** Items a text must have before {@link #predicateless} may call it a list. */
    static final int LIST_ITEMS = 4;

    /**
     * Auxiliaries, modals and contractions: each is a finite verb wherever it stands ("the first call is slow",
     * "it's the handshake", "later calls can reuse it").
     */
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "am", "be", "has", "have", "had",
            "does", "do", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "isn't",
            "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "can't", "cannot", "won't", "wouldn't",
            "shouldn't", "couldn't", "it's", "that's", "there's", "here's", "what's", "they're", "we're", "you're",
            "i'm", "i'd", "we'd", "you'd", "they'd", "i'll", "we'll", "you'll", "i've", "we've", "let's", "because");
    /** Lexical verbs in a finite form that answers use to tie a term to the gap ("the first call pays ..."). */
    private static final Set<String> LEXICAL = Set.of("pays", "opens", "takes", "took", "costs", "needs", "reuses",
            "skips", "goes", "went", "rides", "adds", "makes", "runs", "ran", "keeps", "holds", "means", "happens",
            "happened", "comes", "came", "gets", "got", "sets", "starts", "started", "waits", "sends", "sent",
            "stays", "explains", "involves", "requires", "uses", "used", "spends", "spent", "eats", "ate", "causes",
            "caused", "builds", "built", "dials", "rings", "knocks", "lays", "pick", "picks", "hears", "asks", "agree",
            "agrees", "agreed", "say", "says", "said", "walk", "walks", "show", "shows", "buys", "bought", "loads",
            "loaded", "compiles", "compiled", "lets", "helps", "avoids", "saves", "gives", "gave", "finds", "found",
            "sees", "saw", "think", "thinks", "thought", "guess", "believe", "know", "measured", "timed", "checked");
    /** Words after which the next word is a verb: a subject ("we pool them", "they reuse it"). */
    private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "they", "he", "she", "it", "which",
            "who");
    /** Words before which a word is a verb ("calls 2..n reuse it", "keep them open"), unless it is a preposition. */
    private static final Set<String> OBJECTS = Set.of("it", "them");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "to", "for", "with", "by", "from", "at",
            "about", "after", "before", "over", "into", "than", "and", "or", "like");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[\n]|[.!?;:](?=\s|$)|(?:^|\s)[-*\u2022](?=\s)");

    /**
     * A claim needs a predicate: a text whose items (between commas, full stops, colons, line breaks, bullets) have
     * no finite verb, or only an opening "relevant concepts include:" or a filler "it's like, you know" among many
     * verbless items, relates no term to the gap ("Setup cost. Per connection. Handshake.", a numbered restatement
     * of the criteria, "topics to cover: handshake, SYN, reuse, pool"). An item of two or more words has a verb when
     * it holds an auxiliary or a contraction, a common finite verb, a word after a subject or before an object pronoun, an imperative
     * opening its sentence, or a word that ties it to the calls as terse answers do ("handshake on first call").
     */
    static boolean predicateless(AnswerText text) {
        int items = 0;
        int sentences = 0;
        int withVerb = 0;
        boolean labelled = false;
        for (String sentence : SENTENCE_BREAK.split(text.source())) {
            String head = sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip();
            if (ANSWER_HEADS.contains(head)) {
                labelled = true;
                continue;
            }
            boolean verb = labelled;
            labelled = false;
            boolean any = false;
            for (String part : sentence.split("[,|]|->|\u2192|\\.\\.\\.")) {
                String[] words = part.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                        .replaceAll("[^a-z0-9'\\s-]", " ").strip().split("\\s+");
                if (words[0].isEmpty() || words.length == 1 && words[0].matches("[0-9]+")) {
                    continue;
                }
                items++;
                verb |= !filler(words) && hasVerb(words, !any);
                any = true;
            }
            sentences += any ? 1 : 0;
            withVerb += verb ? 1 : 0;
        }
        return items >= LIST_ITEMS && withVerb * 4 <= sentences;
    }

    /** Talk that carries no claim ("ok so basically it's like", "you know", "that's pretty much it"). */
    private static final Set<String> FILLER = Set.of("ok", "okay", "so", "basically", "it's", "its", "like", "you",
            "know", "i", "mean", "guess", "yeah", "yes", "well", "um", "uh", "kinda", "sorta", "lol", "stuff", "thing",
            "things", "all", "of", "that", "that's", "pretty", "much", "it", "is", "and", "the", "whole", "just");

    private static boolean filler(String[] words) {
        for (String word : words) {
            if (!FILLER.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that tie an item of a terse answer to the calls ("handshake on first call", "reused after", "first call
     * only"): they relate the item to the gap like a verb does.
     */
    private static final Set<String> TIES = Set.of("first", "1st", "later", "next", "subsequent", "subsequently", "rest",
            "after", "afterwards", "once", "only", "again", "already", "reused", "reuses", "reusing", "opens",
            "opened", "pay", "paid", "skip", "skipped");

    private static boolean hasVerb(String[] words, boolean opensSentence) {
        if (words.length < 2) {
            return false;
        }
        if (opensSentence && Claims.imperative(words[0])) {
            return true;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (FINITE.contains(word) || LEXICAL.contains(word) || TIES.contains(word)
                    || i > 0 && SUBJECTS.contains(words[i - 1]) && !word.matches("[0-9]+")
                    || i + 1 < words.length && OBJECTS.contains(words[i + 1]) && !PREPOSITIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
