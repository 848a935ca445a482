package dev.loopback.grader.sandbox;

import java.nio.file.Path;

/** How the sandbox JVM ended; the results file holds whatever the agent reported before that. */
public sealed interface SandboxRun {

    Path results();

    CapturedOutput output();

    /** The agent ran every test and reported the end of the run. */
    record Completed(Path results, CapturedOutput output) implements SandboxRun {}

    /** The wall-clock limit passed; the whole process tree was killed. */
    record TimedOut(Path results, CapturedOutput output, int seconds) implements SandboxRun {}

    /** The JVM ended before the agent reported the end: learner code exited, halted or crashed it. */
    record Crashed(Path results, CapturedOutput output, int exitStatus) implements SandboxRun {}

    /**
     * The results cannot be believed: a line not sealed by the agent, out of order, too long, or a
     * results file changed behind the agent's back. Nothing of the run counts.
     */
    record Unreadable(Path results, CapturedOutput output, String reason) implements SandboxRun {}
}
