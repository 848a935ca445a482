package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's answer as lower-cased words, each knowing its sentence, its clause and where it sits
 * in the original text (so evidence can quote the learner's own spelling).
 */
public record AnswerText(String source, List<Token> tokens, Set<Integer> questions) {

    /** One word of the answer; {@code start} and {@code end} index {@code source}; clauses are numbered across the answer. */
    public record Token(String word, int sentence, int clause, int start, int end) {}

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:'\\p{L}++)*+"); // possessive: no backtracking, no stack per apostrophe
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "[.!?]+\\s|\\n\\s*\\n|\\n\\s*(?:[-*\u2022]|\\d+[.)])\\s");
    /** Punctuation that ends a clause inside a sentence. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]\u2013\u2014]|\\s-\\s");
    /** A line at least this long that ends without punctuation was wrapped inside a clause, not ended there. */
    private static final int WRAPPED_LINE = 50;
    /**
     * A sentence ends after this many words even without a full stop: the longest sentence of the labelled answers
     * has 92, and the claim rules scan a sentence for every hit in it, so one sentence of thousands of words (a hostile
     * answer with no full stop) would cost minutes.
     */
    static final int SENTENCE_WORDS = 100;
    /** Words that start a new clause ("..., but that only costs ...", "... because ..."). */
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "because", "although", "though", "whereas",
            "while", "since", "however", "so", "whereupon", "thus", "hence");
    /** After these words a clause word goes on the same clause: "not because of", "only since". */
    private static final Set<String> KEEP_CLAUSE = Set.of("not", "only", "just", "partly", "mainly", "mostly",
            "simply", "precisely", "exactly", "and", "or", "isn't", "wasn't", "is", "was", "it's");

    public AnswerText {
        tokens = List.copyOf(tokens);
        questions = Set.copyOf(questions);
    }

    /**
     * Splits {@code source} into words; a sentence ends at . ! ? before a space, a blank line, or a new list item (and
     * after {@value #SENTENCE_WORDS} words without one);
     * a clause also ends at , ; : ( ) a dash or a line break, and before but, because, so, while, since, ...
     */
    public static AnswerText of(String source) {
        String text = source.replace('\u2019', '\'');
        Matcher words = WORD.matcher(text);
        List<Token> tokens = new ArrayList<>();
        Set<Integer> questions = new HashSet<>();
        int sentence = 0;
        int clause = 0;
        int previousEnd = 0;
        int inSentence = 0;
        while (words.find()) {
            String gap = text.substring(previousEnd, words.start());
            String word = words.group().toLowerCase(Locale.ROOT);
            if (!tokens.isEmpty()) {
                if (SENTENCE_BREAK.matcher(gap).find() || inSentence == SENTENCE_WORDS) {
                    if (gap.contains("?")) {
                        questions.add(sentence);
                    }
                    sentence++;
                    clause++;
                    inSentence = 0;
                } else if (CLAUSE_BREAK.matcher(gap).find() || lineBreak(text, previousEnd, gap)
                        || CLAUSE_WORDS.contains(word) && !KEEP_CLAUSE.contains(tokens.get(tokens.size() - 1).word())) {
                    clause++;
                }
            }
            tokens.add(new Token(word, sentence, clause, words.start(), words.end()));
            inSentence++;
            previousEnd = words.end();
        }
        if (!tokens.isEmpty() && text.substring(previousEnd).contains("?")) {
            questions.add(sentence);
        }
        return new AnswerText(source, tokens, questions);
    }

    /** A line break in {@code gap} ends a clause unless it only wraps a long line of prose. */
    private static boolean lineBreak(String text, int previousEnd, String gap) {
        if (gap.indexOf('\n') < 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
        return previousEnd - lineStart < WRAPPED_LINE;
    }

    /** The number of sentences. */
    int sentences() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    }

    /** The learner's own text from the first to the last of these words. */
    String quote(int first, int last) {
        return source.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** Whether the answer word at {@code index} is the first half of a hyphenated word ("keep" in "keep-alive"). */
    boolean hyphenatedBefore(int index) {
        int end = tokens.get(index).end();
        return end < source.length() && source.charAt(end) == '-';
    }
}
