package dev.loopback.sandbox;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;

/**
 * A sandbox started ahead runs the exercise's own hidden tests against its pristine stub (public: never the
 * reference solution) before the go line, unreported, so that the real run's discovery, fixtures, assertions
 * and result sealing run on loaded, compiled code. The stub, the tests and the fixtures' seed live in a class
 * loader of their own that is dropped afterwards; the rehearsal stops at the next test once anything arrives
 * on stdin. It must leave nothing behind: when threads it started are still alive, or sockets, pipes or other
 * channels it opened still open, after {@link #SETTLE}, the JVM is spoiled and ends without reading the go line.
 */
final class Rehearsal {
    /** A rehearsal test that takes longer than this is cut off (the stub answers at once, so none should). */
    static final int PER_TEST_SECONDS = 2;
    /** How long the rehearsal's threads and descriptors may take to be gone. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private Rehearsal() {}

    /** Rehearses {@code tests} against {@code stub}; false when something it started is still there. */
    static boolean run(Launcher launcher, Path tests, Path stub) throws IOException {
        Set<Thread> before = Threads.alive();
        long channels = channels();
        rehearse(launcher, tests, stub);
        System.gc(); // unloads the rehearsal's classes; a socket a failed test dropped is closed by its Cleaner
        return Poll.until(SETTLE, () -> Threads.startedSince(before).isEmpty() && channels() <= channels);
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

    private static void rehearse(Launcher launcher, Path tests, Path stub) throws IOException {
        Thread self = Thread.currentThread();
        ClassLoader own = self.getContextClassLoader();
        self.setContextClassLoader(new SubmissionLoader(tests, stub, new OwnSeed(Agent.class.getClassLoader())));
        try {
            TestPlan plan = launcher.discover(TestSession.request(selectClasspathRoots(Set.of(tests)),
                    PER_TEST_SECONDS));
            Events discarded = Events.discarded();
            plan.getRoots().forEach(root -> plan.getDescendants(root).stream().filter(TestSession::isTestMethod)
                    .forEach(id -> discarded.planned(id.getUniqueId(), id.getParentId().orElse(null),
                            TestSession.name(id), id.getTags().stream().map(t -> t.getName()).toList())));
            CancellationToken cancel = CancellationToken.create();
            launcher.execute(LauncherExecutionRequestBuilder.request(plan)
                    .listeners(new ReportingListener(discarded, Set.of(), PER_TEST_SECONDS, false), new StopOnInput(cancel))
                    .cancellationToken(cancel).build());
        } finally {
            self.setContextClassLoader(own);
        }
    }

    /** Cancels the rehearsal before the next test once the go line (or the end of stdin) is there. */
    private record StopOnInput(CancellationToken cancel) implements TestExecutionListener {
        @Override
        public void executionStarted(TestIdentifier id) {
            try {
                if (System.in.available() > 0) {
                    cancel.cancel();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
