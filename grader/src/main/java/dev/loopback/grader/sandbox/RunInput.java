package dev.loopback.grader.sandbox;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What one run of a started sandbox executes: the learner's classes and the compiled hidden tests,
 * the seed the tests generate their inputs from, the tests (unique ids) already finished in an
 * earlier sandbox of the same submission and so skipped, a listener for each verified result line,
 * and where to send a notice for the learner.
 */
public record RunInput(Path learnerClasses, Path testClasses, long seed, Set<String> skip, Consumer<String> onEvent,
        Consumer<String> notices) {

    public RunInput {
        skip = Set.copyOf(skip);
    }
}
