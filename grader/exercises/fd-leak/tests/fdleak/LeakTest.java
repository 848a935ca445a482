package fdleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.LeakWatch;
import dev.loopback.fixture.Loopback;
import dev.loopback.fixture.OpenFiles;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Seeded;
import dev.loopback.fixture.TcpState;
import dev.loopback.fixture.TcpTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the fd-leak checks share: a descriptor baseline per test, polled comparisons against it (never right
 * after a close), and reclaiming leaked sockets afterwards so one leaking check cannot starve the next.
 */
abstract class LeakTest {

    static final Duration WAIT = Duration.ofSeconds(3);
    static final Duration SETTLE = Duration.ofMillis(500);
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final long ALLOWANCE = 3;
    static final String TOO_MANY = " See Lesson 05 - Too many open files.";
    /** Read when a test class is first used, before any of the learner's code runs. */
    static final String REPLAY = Seeded.replay("fd-leak");
    private static final String CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-";

    long baseline;

    /** Inputs generated from the run's seed (dev.loopback.fixture.Seeded), one generator per test. */
    static Random random(String test) {
        return Seeded.random("fd-leak/" + test);
    }

    /** A line of ASCII letters, digits and dashes, never empty and never one of the handlers' special words. */
    static String line(Random random) {
        StringBuilder line = new StringBuilder("req-");
        int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            line.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return line.toString();
    }

    @BeforeEach
    void recordBaseline() {
        baseline = OpenFiles.count();
    }

    @AfterEach
    void reclaimLeaks() {
        OpenFiles.reclaim(baseline, WAIT);
    }

    /**
     * Runs step n times and fails if, after any run, the process holds more than ALLOWANCE descriptors above
     * the baseline for longer than a moment (measured after every run: the garbage collector may close leaked
     * sockets later, which would hide a leak measured only at the end).
     */
    void assertNoLeak(int n, LeakWatch.Step step, String whatHappened, String why) throws Exception {
        LeakWatch.Result result = LeakWatch.watch(n, step, this::aboveBaseline, ALLOWANCE, SETTLE);
        assertTrue(result.worst() <= ALLOWANCE, whatHappened + " " + left(result.worst()) + " (counted after "
                + result.afterRuns() + " of them): " + why + TOO_MANY);
    }

    private long aboveBaseline() {
        long now = OpenFiles.count();
        return now == OpenFiles.EXHAUSTED ? now : now - baseline;
    }

    private static String left(long open) {
        return open == OpenFiles.EXHAUSTED
                ? "used up every file descriptor the process may open (the sandbox allows 256), so the next"
                        + " socket failed with \"Too many open files\""
                : "left " + open + " sockets open";
    }

    /** Fails unless the open descriptors fall back to the baseline (plus a small allowance) within WAIT. */
    void assertDescriptorsBack(String whatHappened, String why) {
        long now = Poll.value(WAIT, this::aboveBaseline, open -> open <= ALLOWANCE);
        assertTrue(now <= ALLOWANCE, whatHappened + " " + left(now) + ": " + why + TOO_MANY);
    }

    /** Fails unless no socket on this local port is in CLOSE_WAIT within WAIT. */
    static void assertNoCloseWait(int localPort, String whatHappened, String why) {
        long stuck = Poll.value(WAIT, () -> TcpTable.count(localPort, TcpState.CLOSE_WAIT), n -> n == 0);
        assertEquals(0, stuck, whatHappened + " left " + stuck + " sockets in CLOSE_WAIT: the other side closed,"
                + " ours never called close(). " + why + TOO_MANY);
    }

    /** Fails unless no socket connected to this remote port is in CLOSE_WAIT within WAIT. */
    static void assertNoCloseWaitTowards(int remotePort, String whatHappened, String why) {
        long stuck = Poll.value(WAIT, () -> closeWaitTowards(remotePort), n -> n == 0);
        assertEquals(0, stuck, whatHappened + " left " + stuck + " sockets in CLOSE_WAIT: the upstream closed,"
                + " our side never called close(). " + why + TOO_MANY);
    }

    private static long closeWaitTowards(int remotePort) {
        return TcpTable.rows().stream()
                .filter(row -> row.remotePort() == remotePort && row.state() == TcpState.CLOSE_WAIT).count();
    }

    static List<InetSocketAddress> one(InetSocketAddress host) {
        return List.of(host);
    }

    static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(Loopback.address(), port), 2_000);
        socket.setSoTimeout(2_000);
        return socket;
    }

    static void send(Socket socket, String line) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    /** One request and its reply line on a fresh connection, which is then closed. */
    static String askOnce(int port, String line) throws IOException {
        try (Socket socket = connect(port)) {
            send(socket, line);
            return reader(socket).readLine();
        }
    }
}
