package dev.loopback.grader.sandbox;

import java.nio.file.Path;

/**
 * Where hidden tests run: the forked-JVM {@link Sandbox} or a container. It is started before the
 * learner's code has compiled, then either runs the tests or is cancelled.
 */
@FunctionalInterface
public interface SandboxRunner {

    /** Prepares a run for {@code request}. */
    Started start(SandboxRequest request);

    /** A prepared run, waiting for the compiled classes. */
    interface Started {

        /** Runs the tests in {@code testClasses} against {@code learnerClasses} within the request's limits. */
        SandboxRun run(Path learnerClasses, Path testClasses);

        /** Ends the run without running anything (the submission did not compile). */
        void cancel();
    }
}
