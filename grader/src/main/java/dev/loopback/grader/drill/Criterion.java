package dev.loopback.grader.drill;

import java.util.List;

/**
 * One rubric criterion: met when any of its matchers finds a hit in the answer that is a claim
 * (see {@link Negation}) and no stated misconception touches it. When {@code requires} is not empty, one of
 * those terms must also be a claim somewhere in the answer ({@code - requires: connect* | handshak*}: the bonus
 * that tells connection setup apart from app cold start needs the answer to keep connection setup as a cause).
 * {@code examples} ({@code - example: <sentence>}) are sentences that make the claim, in words a learner might use;
 * the rules never read them, the calibration ({@link Calibration}) compares answers' sentences with them.
 */
public record Criterion(String id, int points, boolean bonus, String description, List<Matcher> matchers,
        List<Term> negations, List<Term> exclusions, List<Term> requires, List<String> examples) {

    public Criterion {
        matchers = List.copyOf(matchers);
        negations = List.copyOf(negations);
        exclusions = List.copyOf(exclusions);
        requires = List.copyOf(requires);
        examples = List.copyOf(examples);
    }

    public Criterion(String id, int points, boolean bonus, String description, List<Matcher> matchers,
            List<Term> negations, List<Term> exclusions, List<Term> requires) {
        this(id, points, bonus, description, matchers, negations, exclusions, requires, List.of());
    }

    public Criterion(String id, int points, boolean bonus, String description, List<Matcher> matchers,
            List<Term> negations, List<Term> exclusions) {
        this(id, points, bonus, description, matchers, negations, exclusions, List.of());
    }
}
