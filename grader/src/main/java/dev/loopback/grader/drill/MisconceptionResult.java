package dev.loopback.grader.drill;

import java.util.List;

/**
 * A misconception the answer states: its id, the learner's words that state it, the author's correction,
 * and the criteria it kept from being met.
 */
public record MisconceptionResult(String id, List<String> evidence, String correction, List<String> touches) {

    public MisconceptionResult {
        evidence = List.copyOf(evidence);
        touches = List.copyOf(touches);
    }
}
