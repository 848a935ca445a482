package dev.loopback.grader.drill;

/**
 * One word of a term: exact ({@code handshake}), a stem ({@code pool*} matches pool, pools,
 * pooling) or typo-tolerant ({@code handshake~} also matches handshke, handshaek).
 */
public record WordPattern(String word, Kind kind) {

    /** How a pattern word compares with an answer word. */
    public enum Kind { EXACT, STEM, FUZZY }

    /** The shortest word for which {@code ~} allows a typo; shorter words would match too much. */
    static final int FUZZY_MIN_LENGTH = 5;

    boolean matches(String answerWord) {
        return switch (kind) {
            case EXACT -> answerWord.equals(word);
            case STEM -> answerWord.startsWith(word);
            case FUZZY -> answerWord.equals(word) || Typo.withinOne(word, answerWord);
        };
    }
}
