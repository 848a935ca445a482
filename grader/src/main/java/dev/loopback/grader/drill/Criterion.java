package dev.loopback.grader.drill;

import java.util.List;

/**
 * One rubric criterion: met when any of its matchers finds a hit in the answer that is a claim
 * (see {@link Negation}) and no stated misconception touches it.
 */
public record Criterion(String id, int points, boolean bonus, String description, List<Matcher> matchers,
        List<Term> negations, List<Term> exclusions) {

    public Criterion {
        matchers = List.copyOf(matchers);
        negations = List.copyOf(negations);
        exclusions = List.copyOf(exclusions);
    }
}
