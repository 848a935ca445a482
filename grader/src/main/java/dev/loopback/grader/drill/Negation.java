package dev.loopback.grader.drill;

import java.util.List;

/**
 * Whether a matched word is part of a claim the learner makes. It is not when the built-in checks of
 * {@link Claims} say so (a question; a clause that is denied, dismissed or doubted), when one of the
 * criterion's own {@code - not after:} cues comes earlier in the same clause ("it isn't the handshake",
 * "not because of the TLS handshake"; "not only the handshake" still names it), or when the clause holds
 * one of its {@code - unless:} terms.
 */
public record Negation(List<Term> cues, List<Term> exclusions, boolean outsideProposals, boolean misconception) {

    public Negation {
        cues = List.copyOf(cues);
        exclusions = List.copyOf(exclusions);
    }

    public Negation(List<Term> cues, List<Term> exclusions) {
        this(cues, exclusions, false, false);
    }

    /**
     * The negation of a misconception: a wrong idea is stated even when the learner then calls it too cheap to
     * matter ("the handshake happens on every request, so it can't explain a difference"); questions, denials,
     * ideas attributed to others and sentences taken back still state nothing.
     */
    static Negation ofMisconception(List<Term> cues, List<Term> exclusions) {
        return new Negation(cues, exclusions, false, true);
    }

    public Negation(List<Term> cues) {
        this(cues, List.of());
    }

    /**
     * The same negation, which also cancels words in a clause that proposes a fix or gives its purpose ("..., so the
     * connections are already open"), for {@code - states:}.
     */
    Negation onlyStatements() {
        return new Negation(cues, exclusions, true, misconception);
    }

    /** Whether the hit starting at answer word {@code first} is negated, dismissed or excluded. */
    boolean cancels(AnswerText text, int first) {
        boolean notClaimed = misconception ? Claims.notStated(text, first) : Claims.notAClaim(text, first);
        if (notClaimed || Claims.negated(text, first, cues)) {
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
