package dev.loopback.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the hidden tests inside the sandbox JVM and reports every result to a file, never to
 * stdout, then halts so that threads left behind by learner code cannot keep the JVM alive. It
 * starts early, warms JUnit up with a test of its own, and waits for one line on stdin: {@code go<TAB>tests<TAB>learner}
 * (anything else, or the end of stdin, ends it quietly).
 */
public final class Agent {
    /** Exit status when the run ended normally; any other status means the run was cut short. */
    public static final int FINISHED = 0;
    /** Exit status when the agent itself failed. */
    public static final int AGENT_FAILED = 70;

    private Agent() {}

    /** Arguments: results file, per-test seconds, thread cap. */
    public static void main(String[] args) throws IOException {
        AgentArgs options = AgentArgs.parse(args);
        Launcher launcher = LauncherFactory.create();
        WarmUp.run(launcher, options.perTestSeconds());
        String[] go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines()
                .findFirst().orElse("stop").split("\t");
        if (go.length != 3 || !go[0].equals("go")) {
            Runtime.getRuntime().halt(FINISHED);
        }
        Events events = Events.open(options.results());
        int status = FINISHED;
        try {
            ThreadWatchdog.start(options.maxThreads(), events);
            new TestSession(options, path(go[1]), path(go[2]), launcher, events).run();
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
