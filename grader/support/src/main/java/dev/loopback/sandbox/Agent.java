package dev.loopback.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import dev.loopback.fixture.Seeded;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the hidden tests inside the sandbox JVM and reports every result to a file, never to
 * stdout, each line sealed with the run's key; then halts so that threads left behind by learner
 * code cannot keep the JVM alive. It starts early, warms JUnit up with a test of its own, and waits
 * for the {@link GoLine} on stdin (anything else ends it quietly; the end of stdin ends it at once,
 * see {@link GoLineReader}).
 */
public final class Agent {
    /** Exit status when the run ended normally; any other status means the run was cut short. */
    public static final int FINISHED = 0;
    /**
     * Exit status after a test passed its per-test timeout: its thread may still be spinning in learner
     * code and would slow every later test, so the runner continues the rest in a fresh sandbox.
     */
    public static final int TEST_TIMED_OUT = 72;
    /**
     * How the message of a test stopped in a static initializer known to run out its limit begins (a test timeout
     * the agent reports itself; the class name follows), for the runner to explain it.
     */
    public static final String STOPPED_IN_INITIALIZER = "stopped in the static initializer of ";
    /** Exit status when the agent itself failed. */
    public static final int AGENT_FAILED = 70;
    /**
     * Exit status of a sandbox started ahead whose {@link Rehearsal} left something behind (a thread, a socket):
     * it ends without reading the go line, so the runner runs the submission in a fresh sandbox.
     */
    public static final int REHEARSAL_SPOILED = 73;
    /** Rehearsals on the exercise's own tests at most, while each ran every test and nothing has arrived on stdin. */
    static final int REHEARSALS = 3;

    private Agent() {}

    /**
     * Arguments: results file, per-test seconds, thread cap, and for a sandbox started ahead the hidden tests and
     * stub to rehearse on; or {@code --prime} to warm up and exit (for the class-sharing archive).
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--prime")) {
            WarmUp.run(LauncherFactory.create(), 10);
            System.exit(FINISHED);
        }
        AgentArgs options = AgentArgs.parse(args);
        GoLineReader stdin = GoLineReader.start();
        Launcher launcher = LauncherFactory.create();
        new Seal(new byte[32]).line(0, "{}"); // load the JCA provider and the MAC before the clock runs
        ThreadWatchdog.prepare();
        WarmUp.run(launcher, options.perTestSeconds());
        Rehearsal.Outcome rehearsed = Rehearsal.Outcome.COMPLETE;
        for (int round = 0; options.rehearses() && round < REHEARSALS && rehearsed == Rehearsal.Outcome.COMPLETE
                && !GoLineReader.arrived(); round++) {
            rehearsed = rehearse(launcher, options);
            if (rehearsed == Rehearsal.Outcome.SPOILED) {
                Runtime.getRuntime().halt(REHEARSAL_SPOILED);
            }
        }
        for (int round = 1; round < WarmUp.MAX_ROUNDS && !GoLineReader.arrived(); round++) {
            WarmUp.run(launcher, options.perTestSeconds()); // a sandbox started ahead has time: compile JUnit's hot paths
        }
        GoLine go;
        try {
            go = GoLine.parse(stdin.await());
        } catch (InterruptedException e) {
            go = null;
        }
        if (go == null) {
            Runtime.getRuntime().halt(FINISHED);
        }
        Events events = Events.open(options.results(), go.key());
        int status = FINISHED;
        try {
            // Seeded reads the property once, here, before any learner class loads: learner code that sets
            // the property later cannot choose the tests' inputs.
            System.setProperty(Seeded.PROPERTY, Long.toString(go.seed()));
            if (Seeded.seed() != go.seed()) {
                throw new IllegalStateException("the tests' seed was read before the run's seed was set");
            }
            InitializerWatch initializers = new InitializerWatch(TestSession.learnerClasses(go.learner()), go.stuck());
            ThreadWatchdog.start(options.maxThreads(), events, initializers);
            new TestSession(options, go.tests(), go.learner(), launcher, events, initializers).run(go.skip());
            events.done();
        } catch (Throwable failure) {
            events.fatal(failure);
            status = AGENT_FAILED;
        }
        events.close();
        Runtime.getRuntime().halt(status);
    }

    /** One rehearsal; one that failed in itself leaves the JVM in doubt, so it counts as spoiled. */
    private static Rehearsal.Outcome rehearse(Launcher launcher, AgentArgs options) {
        try {
            return Rehearsal.run(launcher, options.rehearsalTests(), options.rehearsalStub(), options.perTestSeconds());
        } catch (Throwable failed) {
            return Rehearsal.Outcome.SPOILED;
        }
    }

    static Path path(String value) {
        return Path.of(value).toAbsolutePath();
    }
}
