package keepalivepool;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.RefusedPort;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@Tag("validation")
class ValidationTest extends PoolTest {

    private static final String IDEA = " A pool built from a bad setting fails later and far away (a pool of 0"
            + " connections hangs every caller; an idle timeout of 0 closes every connection at once): refuse it"
            + " in the constructor, before anything connects. See Lesson 05 - Pool sizing via Little's Law.";
    private static final Duration ONE_S = Duration.ofSeconds(1);

    private static void rejects(Class<? extends Throwable> expected, Executable create, String what) {
        assertThrows(expected, create, what + " should throw " + expected.getSimpleName() + "." + IDEA);
    }

    private static Executable pool(InetSocketAddress upstream, int maxSize, Duration idle, Duration connect) {
        return () -> new ConnectionPool(upstream, maxSize, idle, connect).close();
    }

    @Test
    void nullArgumentsAreRejected() throws Exception {
        InetSocketAddress upstream = RefusedPort.address();
        rejects(NullPointerException.class, pool(null, 2, ONE_S, ONE_S), "new ConnectionPool(null, 2, 1 s, 1 s)");
        rejects(NullPointerException.class, pool(upstream, 2, null, ONE_S), "A pool with a null idleTimeout");
        rejects(NullPointerException.class, pool(upstream, 2, ONE_S, null), "A pool with a null connectTimeout");
    }

    @Test
    void aPoolNeedsRoomForAConnection() throws Exception {
        InetSocketAddress upstream = RefusedPort.address();
        rejects(IllegalArgumentException.class, pool(upstream, 0, ONE_S, ONE_S), "A pool of maxSize 0");
        rejects(IllegalArgumentException.class, pool(upstream, -1, ONE_S, ONE_S), "A pool of maxSize -1");
        rejects(IllegalArgumentException.class, pool(upstream, Integer.MIN_VALUE, ONE_S, ONE_S),
                "A pool of maxSize Integer.MIN_VALUE");
    }

    @Test
    void timeoutsMustBePositive() throws Exception {
        InetSocketAddress upstream = RefusedPort.address();
        rejects(IllegalArgumentException.class, pool(upstream, 2, Duration.ZERO, ONE_S), "An idleTimeout of 0");
        rejects(IllegalArgumentException.class, pool(upstream, 2, Duration.ofSeconds(-55), ONE_S),
                "An idleTimeout of -55 s");
        rejects(IllegalArgumentException.class, pool(upstream, 2, ONE_S, Duration.ZERO), "A connectTimeout of 0");
        rejects(IllegalArgumentException.class, pool(upstream, 2, ONE_S, Duration.ofMillis(-1)),
                "A connectTimeout of -1 ms");
    }

    @Test
    void generatedBadSettingsAreRejected() throws Exception {
        Random random = random("validation/generated");
        InetSocketAddress upstream = RefusedPort.address();
        int maxSize = -random.nextInt(1_000);
        Duration negative = Duration.ofMillis(-1 - random.nextInt(60_000));
        rejects(IllegalArgumentException.class, pool(upstream, maxSize, ONE_S, ONE_S), "A pool of maxSize "
                + maxSize + " (" + REPLAY + ")");
        rejects(IllegalArgumentException.class, pool(upstream, 1 + random.nextInt(100), negative, ONE_S),
                "An idleTimeout of " + negative.toMillis() + " ms (" + REPLAY + ")");
        rejects(IllegalArgumentException.class, pool(upstream, 1 + random.nextInt(100), ONE_S, negative),
                "A connectTimeout of " + negative.toMillis() + " ms (" + REPLAY + ")");
    }

    @Test
    void aNullRequestIsRejected() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().start();
                ConnectionPool pool = new ConnectionPool(upstream.address(), 1, ONE_S, ONE_S)) {
            rejects(NullPointerException.class, () -> pool.call(null), "call(null)");
        }
    }
}
