package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's answer as lower-cased words, each knowing its sentence and where it sits in the
 * original text (so evidence can quote the learner's own spelling).
 */
public record AnswerText(String source, List<Token> tokens) {

    /** One word of the answer; {@code start} and {@code end} index {@code source}. */
    public record Token(String word, int sentence, int start, int end) {}

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "[.!?]+\\s|\\n\\s*\\n|\\n\\s*(?:[-*\u2022]|\\d+[.)])\\s");

    public AnswerText {
        tokens = List.copyOf(tokens);
    }

    /** Splits {@code source} into words; a sentence ends at . ! ? before a space, a blank line, or a new list item. */
    public static AnswerText of(String source) {
        String text = source.replace('\u2019', '\'');
        Matcher words = WORD.matcher(text);
        List<Token> tokens = new ArrayList<>();
        int sentence = 0;
        int previousEnd = 0;
        while (words.find()) {
            if (!tokens.isEmpty() && SENTENCE_BREAK.matcher(text.substring(previousEnd, words.start())).find()) {
                sentence++;
            }
            tokens.add(new Token(words.group().toLowerCase(Locale.ROOT), sentence, words.start(), words.end()));
            previousEnd = words.end();
        }
        return new AnswerText(source, tokens);
    }

    /** The learner's own text from the first to the last of these words. */
    String quote(int first, int last) {
        return source.substring(tokens.get(first).start(), tokens.get(last).end());
    }
}
