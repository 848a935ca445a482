package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Seeded;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

/**
 * What the error-doctor checks share: inputs generated from the run's seed, real exceptions caught from real
 * sockets on 127.0.0.1 (a string compared with == passes on literals, never on what the kernel's words become),
 * and a bounded probe call.
 */
abstract class DoctorTest {

    /** Read when a test class is first used, before any of the learner's code runs. */
    static final String REPLAY = Seeded.replay("error-doctor");

    /** A timeout has fired late when it took longer than this over its own length (busy 2-core machine). */
    static final Duration SLACK = Duration.ofMillis(1500);
    static final Duration GENEROUS = Duration.ofSeconds(2);
    static final String ERRORS = " See Lesson 05 - Connection errors: symptom, cause, fix.";

    private static final String CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-";

    /** Something that fails the way a real socket fails. */
    @FunctionalInterface
    interface Failing {
        void run() throws Exception;
    }

    static Random random(String test) {
        return Seeded.random("error-doctor/" + test);
    }

    /** A request or reply line of ASCII letters, digits and dashes, never empty. */
    static String line(Random random, String prefix) {
        StringBuilder line = new StringBuilder(prefix);
        int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            line.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return line.toString();
    }

    /**
     * Whether a probe that reported a timeout waited it out. The JDK waits for connect() and for SO_TIMEOUT in whole
     * milliseconds, rounding what is left down at each wake-up, so a correct probe may report a millisecond or two
     * early (248 ms for a 249 ms timeout was seen); a probe that gives up early on purpose (half its timeout, a
     * shorter one of its own) is off by tens of milliseconds or more.
     */
    static boolean waitedOut(Timed timed, Duration timeout) {
        return timed.took().compareTo(timeout.minusMillis(10)) >= 0;
    }

    /** A probe timeout from 150 to 300 ms, whole milliseconds. */
    static Duration shortTimeout(Random random) {
        return Duration.ofMillis(150 + random.nextInt(151));
    }

    /** What the action threw; fails the test (as a broken fixture, not the learner's mistake) when it did not. */
    static Exception thrownBy(Failing action, String what) {
        try {
            action.run();
        } catch (Exception e) {
            return e;
        }
        throw new IllegalStateException("the test's own " + what + " did not fail as the kernel should have made it");
    }

    /** The same words in a new String, as a message read from the kernel would be: never the interned literal. */
    static String fresh(String words) {
        return new String(words.toCharArray());
    }

    /** A client socket to the address with the test's own timeouts. */
    static Socket connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, 2_000);
        socket.setSoTimeout(2_000);
        return socket;
    }

    static void send(Socket socket, String line) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String readLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    /** ErrorDoctor.diagnose, bounded: a classifier that loops must fail this check, not hang the run. */
    static Failure diagnose(Throwable failure) {
        return assertTimeoutPreemptively(GENEROUS, () -> ErrorDoctor.diagnose(failure),
                "diagnose() was still running after " + GENEROUS.toSeconds() + " s: it has to look at each cause once"
                        + " and stop, even when a chain of causes loops back on itself." + ERRORS);
    }

    /** ErrorDoctor.probe with a deadline of timeout + SLACK; returns what it reported and how long it took. */
    static Timed probe(InetSocketAddress upstream, String request, Duration timeout, String upstreamWords,
            String idea) {
        Duration limit = timeout.plus(SLACK);
        long start = System.nanoTime();
        Probe probe = assertTimeoutPreemptively(limit, () -> ErrorDoctor.probe(upstream, request, timeout),
                "A probe with a " + timeout.toMillis() + " ms timeout to " + upstreamWords + " was still waiting after "
                        + limit.toMillis() + " ms." + idea);
        return new Timed(probe, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Fails unless the probe reported exactly this failure with a null reply; replay names the seed of generated
     * inputs ("" for the lesson's fixed ones).
     */
    static void assertReported(Failure expected, Timed timed, String upstreamWords, String replay, String idea) {
        String seed = replay.isEmpty() ? "" : " " + replay;
        Probe probe = timed.probe();
        assertTrue(probe != null, "probe() returned null for " + upstreamWords + "; it should report "
                + "new Probe(Failure." + expected + ", null)." + seed + idea);
        assertEquals(expected, probe.failure(), "A probe to " + upstreamWords + " reported " + probe.failure()
                + " instead of " + expected + "." + seed + idea);
        assertNull(probe.reply(), "A probe to " + upstreamWords + " reported " + expected + " with the reply \""
                + probe.reply() + "\": the reply is null unless the failure is NONE." + seed + idea);
    }

    /** A probe's result and how long the call took. */
    record Timed(Probe probe, Duration took) {
    }
}
