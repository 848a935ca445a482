package dev.loopback.grader.sandbox;

/**
 * Where hidden tests run: the forked-JVM {@link Sandbox} or a container. It is started before the
 * learner's code has compiled (or before the learner even submits), then either runs the tests once
 * or is cancelled; a started sandbox never runs learner code twice.
 */
@FunctionalInterface
public interface SandboxRunner {

    /** Prepares a run for {@code request}. */
    Started start(SandboxRequest request);

    /** A prepared run, waiting for the compiled classes. */
    interface Started {

        /** Runs the tests of {@code input} within the request's limits. */
        SandboxRun run(RunInput input);

        /** Ends the run without running anything (the submission did not compile). */
        void cancel();

        /** Whether it can still run (a prepared JVM that died while waiting cannot). */
        default boolean ready() {
            return true;
        }
    }
}
