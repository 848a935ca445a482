package dev.loopback.grader.sandbox;

/** Runs one submission's hidden tests somewhere confined: the forked-JVM {@link Sandbox}, or a container. */
@FunctionalInterface
public interface SandboxRunner {
    SandboxRun run(SandboxRequest request);
}
