package dev.loopback.grader.drill;

import java.util.List;

/**
 * Whether a matched word is part of a claim the learner makes. It is not when the built-in checks of
 * {@link Claims} say so (a question; a clause that is denied, dismissed or doubted), when one of the
 * criterion's own {@code - not after:} cues comes earlier in the same clause ("it isn't the handshake",
 * "not because of the TLS handshake"; "not only the handshake" still names it), or when the clause holds
 * one of its {@code - unless:} terms.
 */
public record Negation(List<Term> cues, List<Term> exclusions, boolean outsideProposals) {

    public Negation {
        cues = List.copyOf(cues);
        exclusions = List.copyOf(exclusions);
    }

    public Negation(List<Term> cues, List<Term> exclusions) {
        this(cues, exclusions, false);
    }

    public Negation(List<Term> cues) {
        this(cues, List.of());
    }

    /** The same negation, which also cancels words in a clause that proposes a fix (for {@code - states:}). */
    Negation onlyStatements() {
        return new Negation(cues, exclusions, true);
    }

    /** Whether the hit starting at answer word {@code first} is negated, dismissed or excluded. */
    boolean cancels(AnswerText text, int first) {
        if (Claims.notAClaim(text, first) || Claims.negated(text, first, cues)) {
            return true;
        }
        if (outsideProposals && Claims.proposesInClause(text, text.tokens().get(first).clause())) {
            return true;
        }
        if (exclusions.isEmpty()) {
            return false;
        }
        int[] clause = Claims.clauseRange(text, text.tokens().get(first).clause());
        return Claims.any(exclusions, text, clause[0], clause[1]);
    }
}
