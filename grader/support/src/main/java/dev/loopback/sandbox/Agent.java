package dev.loopback.sandbox;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs the hidden tests inside the sandbox JVM and reports every result to a file, never to
 * stdout, then halts so that threads left behind by learner code cannot keep the JVM alive.
 */
public final class Agent {
    /** Exit status when the run ended normally; any other status means the run was cut short. */
    public static final int FINISHED = 0;
    /** Exit status when the agent itself failed. */
    public static final int AGENT_FAILED = 70;

    private Agent() {}

    /** Arguments: results file, hidden test classes, learner classes, per-test seconds, thread cap. */
    public static void main(String[] args) throws IOException {
        AgentArgs options = AgentArgs.parse(args);
        Events events = Events.open(options.results());
        int status = FINISHED;
        try {
            ThreadWatchdog.start(options.maxThreads(), events);
            new TestSession(options, events).run();
            events.done();
        } catch (Throwable failure) {
            events.fatal(failure);
            status = AGENT_FAILED;
        }
        events.close();
        Runtime.getRuntime().halt(status);
    }

    static Path path(String value) {
        return Path.of(value).toAbsolutePath();
    }
}
