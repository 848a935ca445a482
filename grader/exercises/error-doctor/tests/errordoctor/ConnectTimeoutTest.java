package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FullBacklog;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A listener whose accept queue is full drops new SYNs (Linux), so only the connect timeout ends a connect(). */
@Tag("connect-timeout")
class ConnectTimeoutTest extends DoctorTest {

    private static final String FULL = "a listener whose accept queue is full (the kernel drops the SYN, so connect()"
            + " gets no answer at all)";
    private static final String IDEA = " A connect that gets no SYN-ACK waits for the kernel's SYN retries (about two"
            + " minutes) unless connect(address, millis) is given the timeout: a read timeout (SO_TIMEOUT) does not"
            + " bound connect(). Java then throws SocketTimeoutException(\"Connect timed out\"); the kernel's own"
            + " give-up is ConnectException(\"Connection timed out\"). Both are CONNECT_TIMEOUT."
            + " See Lesson 05 - The client side: socket, connect.";

    @Test
    void aProbeIntoAFullBacklogReportsConnectTimeout() throws Exception {
        Random random = random("connect-timeout/probe");
        Duration timeout = shortTimeout(random);
        String request = line(random, "PING-");
        try (FullBacklog backlog = FullBacklog.start()) {
            Timed timed = probe(backlog.address(), request, timeout, FULL, IDEA);
            assertReported(Failure.CONNECT_TIMEOUT, timed, FULL + ", with a " + timeout.toMillis() + " ms timeout,",
                    REPLAY, IDEA);
            assertTrue(waitedOut(timed, timeout), "A probe with a " + timeout.toMillis() + " ms timeout"
                    + " reported CONNECT_TIMEOUT after " + timed.took().toMillis() + " ms: it gave up before its"
                    + " timeout. " + REPLAY + IDEA);
        }
    }

    @Test
    void aRealConnectTimeoutIsDiagnosedConnectTimeout() throws Exception {
        try (FullBacklog backlog = FullBacklog.start()) {
            Exception timedOut = thrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(backlog.address(), 200);
                }
            }, "connect into a full backlog");
            assertEquals(Failure.CONNECT_TIMEOUT, diagnose(timedOut), "diagnose() of what Socket.connect(address, 200)"
                    + " threw against " + FULL + " (" + timedOut + ") gave " + diagnose(timedOut) + "." + IDEA);
        }
    }

    @Test
    void theKernelsOwnConnectTimeoutIsConnectTimeout() {
        ConnectException kernel = new ConnectException(fresh("Connection timed out"));
        assertEquals(Failure.CONNECT_TIMEOUT, diagnose(kernel), "diagnose() of ConnectException(\"Connection timed"
                + " out\") (ETIMEDOUT: the SYN retries ran out) gave " + diagnose(kernel) + "." + IDEA);
        SocketTimeoutException lower = new SocketTimeoutException(fresh("connect timed out"));
        assertEquals(Failure.CONNECT_TIMEOUT, diagnose(lower), "diagnose() of SocketTimeoutException(\"connect timed"
                + " out\") gave " + diagnose(lower) + ": a socket timeout whose message mentions connect, in any"
                + " case, is a connect timeout." + IDEA);
    }
}
