package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Reply;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An upstream that accepts, reads the request and never answers: only the read timeout ends the wait. */
@Tag("read-timeout")
class ReadTimeoutTest extends DoctorTest {

    private static final String SILENT = "an upstream that accepted the connection and read the request but never"
            + " answered";
    private static final String IDEA = " The connection is up, so this is no connect timeout: the wait is for the"
            + " reply, and only a read timeout (setSoTimeout, which SocketChannel.read ignores) ends it with"
            + " SocketTimeoutException(\"Read timed out\"). A socket timeout that does not mention connect is"
            + " READ_TIMEOUT." + ERRORS;

    @Test
    void aSilentUpstreamReportsReadTimeoutWithinTheLessonsBound() throws Exception {
        assertReadTimeout(Duration.ofMillis(200), "line-PING", "");
    }

    @Test
    void generatedTimeoutsAreReadTimeouts() throws Exception {
        Random random = random("read-timeout/generated");
        assertReadTimeout(shortTimeout(random), line(random, "STATUS-"), " " + REPLAY);
    }

    private static void assertReadTimeout(Duration timeout, String request, String replay) throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.silence()).start()) {
            Timed timed = probe(upstream.address(), request, timeout, SILENT, IDEA);
            assertReported(Failure.READ_TIMEOUT, timed, SILENT + ", with a " + timeout.toMillis() + " ms timeout,",
                    replay.strip(), IDEA);
            assertTrue(waitedOut(timed, timeout), "A probe with a " + timeout.toMillis() + " ms timeout"
                    + " reported READ_TIMEOUT after " + timed.took().toMillis() + " ms: it stopped waiting for the"
                    + " reply before its timeout." + replay + IDEA);
        }
    }

    @Test
    void realReadTimeoutsAreDiagnosedReadTimeout() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.silence()).start()) {
            Exception timedOut = thrownBy(() -> {
                try (Socket socket = connect(upstream.address())) {
                    socket.setSoTimeout(50);
                    send(socket, "PING");
                    readLine(socket);
                }
            }, "read from a silent upstream");
            assertEquals(Failure.READ_TIMEOUT, diagnose(timedOut), "diagnose() of what a read with a 50 ms SO_TIMEOUT"
                    + " threw against " + SILENT + " (" + timedOut + ") gave " + diagnose(timedOut) + "." + IDEA);
        }
        SocketTimeoutException bare = new SocketTimeoutException();
        assertEquals(Failure.READ_TIMEOUT, diagnose(bare), "diagnose() of a SocketTimeoutException without a message"
                + " gave " + diagnose(bare) + "." + IDEA);
    }
}
