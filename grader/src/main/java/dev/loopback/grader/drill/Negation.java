package dev.loopback.grader.drill;

import java.util.List;

/**
 * The cues of a {@code - not after:} line: a hit counts for nothing when a cue ends at most
 * {@value #WINDOW} words before it in the same sentence ("not the handshake", "it isn't TLS"),
 * unless the cue is followed by only, just or merely ("not only the handshake" still names it).
 */
public record Negation(List<Term> cues) {

    static final int WINDOW = 3;
    private static final List<String> NOT_A_DENIAL = List.of("only", "just", "merely");

    public Negation {
        cues = List.copyOf(cues);
    }

    /** Whether the hit starting at answer word {@code first} is negated. */
    boolean cancels(AnswerText text, int first) {
        List<AnswerText.Token> tokens = text.tokens();
        int sentence = tokens.get(first).sentence();
        for (int start = Math.max(0, first - WINDOW - 2); start < first; start++) {
            if (tokens.get(start).sentence() != sentence) {
                continue;
            }
            for (Term cue : cues) {
                int end = cue.lastAt(start);
                if (end < first && end >= first - WINDOW && cue.matchesAt(text, start) && denies(tokens, end, first)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean denies(List<AnswerText.Token> tokens, int cueEnd, int hit) {
        return cueEnd + 1 == hit || !NOT_A_DENIAL.contains(tokens.get(cueEnd + 1).word());
    }
}
