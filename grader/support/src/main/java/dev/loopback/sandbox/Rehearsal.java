package dev.loopback.sandbox;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Threads;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;

/**
 * A sandbox started ahead runs the exercise's own hidden tests against its pristine stub (public: never the
 * reference solution) before the go line, unreported, so that the real run's discovery, fixtures, assertions
 * and result sealing run on loaded, compiled code. The stub, the tests and the fixtures' seed live in a class
 * loader of their own that is dropped afterwards. No rehearsal test starts after {@link #BUDGET}, after a test
 * that took longer than {@link #SLOW_TEST} (a stub that leaks or never answers makes tests wait for what never
 * comes, and rehearsing waits compiles nothing), or once anything arrives on stdin; when the go line has waited
 * {@link #GRACE} while a rehearsal test still runs, the JVM ends at once so that the runner starts a fresh one.
 * It must leave nothing behind: when threads it started are still alive, or sockets, pipes or other channels it
 * opened still open, after {@link #SETTLE}, the JVM is spoiled and ends without reading the go line.
 */
final class Rehearsal {
    /** No rehearsal test starts after this. */
    static final Duration BUDGET = Duration.ofMillis(1500);
    /** No rehearsal test starts after one that ran this long. */
    static final Duration SLOW_TEST = Duration.ofMillis(100);
    /** How long a go line waits for a running rehearsal test before the JVM gives up and ends. */
    static final Duration GRACE = Duration.ofMillis(100);
    /** How long the rehearsal's threads and descriptors may take to be gone. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /** How a rehearsal ended: every test ran, some were left out (budget, input), or it left something behind. */
    enum Outcome { COMPLETE, CUT_SHORT, SPOILED }

    private Rehearsal() {}

    /** Rehearses {@code tests} against {@code stub} with the real runs' per-test timeout. */
    static Outcome run(Launcher launcher, Path tests, Path stub, int perTestSeconds) {
        Set<Thread> before = Threads.alive();
        long channels = channels();
        Watch watch = new Watch(CancellationToken.create());
        Thread watching = new Thread(watch, "loopback-rehearsal-watch");
        watching.setDaemon(true);
        watching.start();
        try {
            rehearse(launcher, tests, stub, perTestSeconds, watch);
            System.gc(); // unloads the rehearsal's classes; a socket a failed test dropped is closed by its Cleaner
            boolean clean = Poll.until(SETTLE, () -> channels() <= channels
                    && Threads.startedSince(before).stream().allMatch(thread -> thread == watching));
            return !clean ? Outcome.SPOILED : watch.cancel.isCancellationRequested() ? Outcome.CUT_SHORT : Outcome.COMPLETE;
        } finally {
            watch.stop();
            try {
                watching.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The open descriptors that are not files (sockets, pipes, event descriptors): a jar the class path opens
     * for the first time stays open and is no leftover. Zero where /proc is missing.
     */
    static long channels() {
        long count = 0;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    count += Files.readSymbolicLink(fd).toString().startsWith("/") ? 0 : 1;
                } catch (IOException closedMeanwhile) {
                    // Gone: not open.
                }
            }
        } catch (IOException | UnsupportedOperationException noProc) {
            return 0;
        }
        return count;
    }

    private static void rehearse(Launcher launcher, Path tests, Path stub, int perTestSeconds, Watch watch) {
        Thread self = Thread.currentThread();
        ClassLoader own = self.getContextClassLoader();
        self.setContextClassLoader(new SubmissionLoader(tests, stub, new OwnSeed(Agent.class.getClassLoader())));
        try {
            TestPlan plan = launcher.discover(TestSession.request(selectClasspathRoots(Set.of(tests)), perTestSeconds));
            Events discarded = Events.discarded();
            plan.getRoots().forEach(root -> plan.getDescendants(root).stream().filter(TestSession::isTestMethod)
                    .forEach(id -> discarded.planned(id.getUniqueId(), id.getParentId().orElse(null),
                            TestSession.name(id), id.getTags().stream().map(t -> t.getName()).toList())));
            launcher.execute(LauncherExecutionRequestBuilder.request(plan)
                    .listeners(new ReportingListener(discarded, Set.of(), perTestSeconds, false), watch)
                    .cancellationToken(watch.cancel).build());
        } finally {
            self.setContextClassLoader(own);
        }
    }

    /**
     * Cancels the rehearsal (no further test starts) after {@link #BUDGET}, once a test has run for
     * {@link #SLOW_TEST}, or once stdin has input; ends the JVM when that input has waited {@link #GRACE} for a test.
     */
    private static final class Watch implements Runnable, TestExecutionListener {
        private final CancellationToken cancel;
        private volatile long testStarted;
        private volatile boolean stopped;

        Watch(CancellationToken cancel) {
            this.cancel = cancel;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            if (TestSession.isTestMethod(id)) {
                testStarted = System.nanoTime();
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (TestSession.isTestMethod(id)) {
                testStarted = 0;
            }
        }

        @Override
        public void run() {
            long start = System.nanoTime();
            long inputAt = 0;
            boolean input = false;
            while (!stopped) {
                long now = System.nanoTime();
                long test = testStarted;
                if (now - start > BUDGET.toNanos() || (test != 0 && now - test > SLOW_TEST.toNanos())) {
                    cancel.cancel();
                }
                if (!input && hasInput()) {
                    input = true;
                    inputAt = now;
                    cancel.cancel();
                }
                if (input && test != 0 && now - inputAt > GRACE.toNanos()) {
                    Runtime.getRuntime().halt(Agent.REHEARSAL_SPOILED);
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static boolean hasInput() {
            return GoLineReader.arrived();
        }
    }

    /**
     * The rehearsal's parent loader: its own copy of the fixtures' {@code Seeded}, which reads the seed property
     * once when first used (the real run's seed is set only after the go line); everything else from the agent's.
     */
    private static final class OwnSeed extends ClassLoader {
        private static final String SEEDED = "dev.loopback.fixture.Seeded";

        static {
            registerAsParallelCapable();
        }

        OwnSeed(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(SEEDED)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        type = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }
    }
}
