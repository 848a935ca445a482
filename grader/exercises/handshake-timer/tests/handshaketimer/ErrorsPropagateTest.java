package handshaketimer;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.RefusedPort;
import dev.loopback.fixture.Reply;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("errors-propagate")
class ErrorsPropagateTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String IDEA = " Let the JDK's exception reach the caller unchanged (no catch-and-wrap, no"
            + " swallowing): its type tells the caller what happened and whether a retry can help. See Lesson 05 -"
            + " Connection errors: symptom, cause, fix.";

    @Test
    void aRefusedConnectIsAConnectException() throws Exception {
        InetSocketAddress nobody = RefusedPort.address();
        assertThrows(ConnectException.class, () -> HandshakeTimer.coldCall(nobody, "PING", TIMEOUT),
                "A cold call to a port with nothing listening should fail with ConnectException (connection"
                        + " refused: the kernel answered the SYN with a reset)." + IDEA);
        assertThrows(ConnectException.class, () -> HandshakeTimer.warmCalls(nobody, "PING", 2, TIMEOUT),
                "Warm calls to a port with nothing listening should fail with ConnectException." + IDEA);
    }

    @Test
    void aResetIsASocketException() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO)
                .reply(Reply.reset()).start()) {
            assertThrows(SocketException.class, () -> HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT),
                    "An upstream that answered the request with a reset (RST) should make the call fail with"
                            + " SocketException (\"Connection reset\")." + IDEA);
        }
    }

    @Test
    void aHangUpBeforeTheGreetingIsAnEndOfStream() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().onConnect(Reply.hangUp(), Duration.ZERO).start()) {
            assertThrows(EOFException.class, () -> HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT),
                    "An upstream that closed the connection before its greeting should make the call fail with"
                            + " EOFException: readLine() returning null means end of stream, not a greeting." + IDEA);
        }
    }

    @Test
    void aHangUpBeforeTheReplyIsAnEndOfStream() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().greeting("HELLO", Duration.ZERO)
                .reply(Reply.hangUp()).start()) {
            assertThrows(EOFException.class, () -> HandshakeTimer.coldCall(upstream.address(), "PING", TIMEOUT),
                    "An upstream that closed the connection instead of replying should make the call fail with"
                            + " EOFException: readLine() returning null means end of stream, not a reply." + IDEA);
            assertThrows(EOFException.class,
                    () -> HandshakeTimer.warmCalls(upstream.address(), "PING", 3, TIMEOUT),
                    "A kept-alive upstream that closed the connection instead of replying should make warmCalls"
                            + " fail with EOFException." + IDEA);
        }
    }
}
