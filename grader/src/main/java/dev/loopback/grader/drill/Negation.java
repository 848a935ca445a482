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

    /**
     * The same negation, which also cancels words in a clause that proposes a fix or gives its purpose ("..., so the
     * connections are already open"), for {@code - states:}.
     */
    Negation onlyStatements() {
        return new Negation(cues, exclusions, true);
    }

    /** Whether the hit starting at answer word {@code first} is negated, dismissed or excluded. */
    boolean cancels(AnswerText text, int first) {
        if (Claims.notAClaim(text, first) || Claims.negated(text, first, cues)) {
            return true;
        }
        int clause = text.tokens().get(first).clause();
        if (outsideProposals && (Claims.proposesInClause(text, clause) || Claims.purposeOfProposal(text, clause))) {
            return true;
        }
        if (exclusions.isEmpty()) {
            return false;
        }
        int[] range = Claims.clauseRange(text, clause);
        return Claims.any(exclusions, text, range[0], range[1]);
    }
}
