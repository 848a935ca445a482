package dev.loopback.grader.drill;

import java.util.List;

/**
 * A wrong idea an author expects ({@code ### udp-handshake (handshake)} under {@code ## Misconceptions}):
 * when an answer states it, the report names it with its {@code correction}, and the criteria it
 * {@code touches} are not met. Its matchers work like a criterion's.
 */
public record Misconception(String id, List<String> touches, String correction, List<Matcher> matchers,
        List<Term> negations, List<Term> exclusions) {

    public Misconception {
        touches = List.copyOf(touches);
        matchers = List.copyOf(matchers);
        negations = List.copyOf(negations);
        exclusions = List.copyOf(exclusions);
    }
}
