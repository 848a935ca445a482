package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.LeakWatch;
import dev.loopback.fixture.OpenFiles;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Seeded;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the keepalive-pool checks share: generated requests, calls run on threads of their own (so a test can hold
 * them in flight at the upstream's gate and watch the pool meanwhile), a descriptor baseline per test, and
 * reclaiming whatever a leaking pool dropped, so one check cannot starve the next.
 */
abstract class PoolTest {

    /** How long a test polls for an asynchronous effect (a close, a reply) before it gives up. */
    static final Duration WAIT = Duration.ofSeconds(5);
    /** An idle timeout no test outlives: the pool never evicts on its own where a check does not ask for it. */
    static final Duration LONG_IDLE = Duration.ofSeconds(30);
    /** A connect timeout (and wait for a free connection) no correct pool reaches in these tests. */
    static final Duration CONNECT = Duration.ofSeconds(8);
    /** Read when a test class is first used, before any of the learner's code runs. */
    static final String REPLAY = Seeded.replay("keepalive-pool");
    static final long ALLOWANCE = 3;
    private static final String CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-/";

    long baseline;
    private final List<Thread> callers = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void recordBaseline() {
        baseline = OpenFiles.count();
    }

    @AfterEach
    void reclaim() {
        for (Thread caller : callers) {
            caller.interrupt();
        }
        OpenFiles.reclaim(baseline, WAIT);
    }

    /** Inputs generated from the run's seed (dev.loopback.fixture.Seeded), one generator per test. */
    static Random random(String test) {
        return Seeded.random("keepalive-pool/" + test);
    }

    /** A request line of ASCII letters, digits, dashes and slashes, never empty. */
    static String request(Random random) {
        StringBuilder line = new StringBuilder("GET /");
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            line.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return line.toString();
    }

    /** A call running on a thread of its own; the thread is visible so a test can see whether it waits. */
    record Caller(Thread thread, CompletableFuture<String> reply) {

        /** Whether the caller is parked (waiting for a connection), as opposed to running or blocked in a read. */
        boolean parked() {
            Thread.State state = thread.getState();
            return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                    || state == Thread.State.BLOCKED;
        }
    }

    /** Starts pool.call(request) on a new daemon thread. */
    Caller start(ConnectionPool pool, String request) {
        CompletableFuture<String> reply = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                reply.complete(pool.call(request));
            } catch (Throwable failure) {
                reply.completeExceptionally(failure);
            }
        }, "keepalive-pool-test-caller");
        thread.setDaemon(true);
        callers.add(thread);
        thread.start();
        return new Caller(thread, reply);
    }

    /** The caller's reply, or what it threw (an AssertionError saying so when it did not finish within WAIT). */
    static String replyOf(Caller caller, String who) throws Exception {
        try {
            return caller.reply().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception thrown) {
                throw thrown;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError(who + " had not returned " + WAIT.toSeconds() + " s later.", null);
        }
    }

    /** What the caller threw within WAIT, or null when it returned a reply (or had not finished). */
    static Throwable failureOf(Caller caller) {
        try {
            caller.reply().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException | InterruptedException e) {
            return null;
        }
    }

    /**
     * Runs step n times and fails if, after any run, the process holds more than ALLOWANCE descriptors above the
     * baseline for longer than a moment (measured after every run: the garbage collector may close dropped sockets
     * later, which would hide a leak measured only at the end).
     */
    void assertNoLeak(int n, LeakWatch.Step step, String whatHappened, String why) throws Exception {
        LeakWatch.Result result = LeakWatch.watch(n, step, this::aboveBaseline, ALLOWANCE, Duration.ofMillis(500));
        assertTrue(result.worst() <= ALLOWANCE, whatHappened + " " + left(result.worst()) + " (counted after "
                + result.afterRuns() + " of them):" + why);
    }

    private long aboveBaseline() {
        long now = OpenFiles.count();
        return now == OpenFiles.EXHAUSTED ? now : now - baseline;
    }

    private static String left(long open) {
        return open == OpenFiles.EXHAUSTED
                ? "used up every file descriptor the process may open, so the next socket failed with \"Too many"
                        + " open files\""
                : "left " + open + " sockets open";
    }

    /** Polls the pool's own count until it reaches the expected value; returns the last value read. */
    static int pollOpen(ConnectionPool pool, int expected, Duration deadline) {
        return Poll.value(deadline, pool::openConnections, open -> open == expected);
    }

    /** The message of a throwable for a learner: its type and message, never a stack trace. */
    static String describe(Throwable thrown) {
        if (thrown == null) {
            return "nothing";
        }
        String message = thrown.getMessage();
        return thrown.getClass().getSimpleName() + (message == null ? "" : " (\"" + message + "\")");
    }

    /** Whether the throwable is an IOException (the only failure a network call should report). */
    static boolean isIo(Throwable thrown) {
        return thrown instanceof IOException;
    }
}
