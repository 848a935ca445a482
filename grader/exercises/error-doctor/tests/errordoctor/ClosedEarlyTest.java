package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Reply;
import java.io.DataInputStream;
import java.io.EOFException;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** End of stream (the peer's FIN) before any reply is CLOSED_EARLY; a reply, even one cut short, is NONE. */
@Tag("closed-early")
class ClosedEarlyTest extends DoctorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String HUNG_UP = "an upstream that read the request and closed the connection (FIN) without"
            + " replying";
    private static final String IDEA = " A read that returns end of stream (readLine() gives null, read() gives -1)"
            + " means the peer closed its side in order: that is no reply, and no reset either. Bytes that came before"
            + " the end of stream are a reply." + ERRORS;

    @Test
    void aHangUpWithoutAReplyReportsClosedEarly() throws Exception {
        Random random = random("closed-early/hang-up");
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.hangUp()).start()) {
            String request = line(random, "PING-");
            Timed timed = probe(upstream.address(), request, TIMEOUT, HUNG_UP, IDEA);
            assertReported(Failure.CLOSED_EARLY, timed, HUNG_UP + " (request \"" + request + "\")", REPLAY, IDEA);
        }
    }

    @Test
    void anAnsweredProbeReportsNoneWithItsReplyLine() throws Exception {
        Random random = random("closed-early/answered");
        String prefix = line(random, "ACK-") + " ";
        try (FakeUpstream upstream = FakeUpstream.script().replies(line -> Reply.line(prefix + line)).start()) {
            for (String request : new String[] {"PING", line(random, "STATUS-")}) {
                String upstreamWords = "an upstream that answers the request line \"" + request + "\" with \"" + prefix
                        + request + "\"";
                Probe probe = probe(upstream.address(), request, TIMEOUT, upstreamWords, IDEA).probe();
                assertEquals(new Probe(Failure.NONE, prefix + request), probe, "A probe to " + upstreamWords
                        + " should report NONE with the reply line (without its line end): send the request and a"
                        + " newline, then read one line. " + REPLAY + IDEA);
            }
        }
    }

    @Test
    void aLastLineBeforeTheHangUpIsStillAReply() throws Exception {
        Random random = random("closed-early/last-line");
        String reply = line(random, "BYE-");
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.lastLine(reply)).start()) {
            String upstreamWords = "an upstream that answers \"" + reply + "\" and then closes the connection";
            Probe probe = probe(upstream.address(), "PING", TIMEOUT, upstreamWords, IDEA).probe();
            assertEquals(new Probe(Failure.NONE, reply), probe, "A probe to " + upstreamWords + " should report NONE"
                    + " with that reply: the close came after the answer. " + REPLAY + IDEA);
        }
    }

    @Test
    void bytesThenEndOfStreamAreAReply() throws Exception {
        Random random = random("closed-early/unterminated");
        String reply = line(random, "PART-");
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.truncated(reply)).start()) {
            String upstreamWords = "an upstream that sends \"" + reply + "\" with no line end and then closes";
            Probe probe = probe(upstream.address(), "PING", TIMEOUT, upstreamWords, IDEA).probe();
            assertEquals(new Probe(Failure.NONE, reply), probe, "A probe to " + upstreamWords + " should report NONE"
                    + " with those bytes as the reply: the upstream did answer before it closed. " + REPLAY + IDEA);
        }
    }

    @Test
    void realEndsOfStreamAreDiagnosedClosedEarly() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.hangUp()).start()) {
            Exception ended = thrownBy(() -> {
                try (Socket socket = connect(upstream.address())) {
                    send(socket, "PING");
                    new DataInputStream(socket.getInputStream()).readInt();
                }
            }, "read past the end of stream");
            assertTrue(ended instanceof EOFException, "the test's own read should have ended in EOFException: " + ended);
            assertEquals(Failure.CLOSED_EARLY, diagnose(ended), "diagnose() of the EOFException a DataInputStream threw"
                    + " after " + HUNG_UP + " gave " + diagnose(ended) + "." + IDEA);
        }
        EOFException described = new EOFException(fresh("the upstream closed the connection before the reply"));
        assertEquals(Failure.CLOSED_EARLY, diagnose(described), "diagnose() of EOFException(\"" + described.getMessage()
                + "\") gave " + diagnose(described) + "." + IDEA);
    }
}
