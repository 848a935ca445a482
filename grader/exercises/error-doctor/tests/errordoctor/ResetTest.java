package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.Reply;
import dev.loopback.fixture.TcpState;
import dev.loopback.fixture.TcpTable;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An upstream that reads the request and closes with SO_LINGER 0: the kernel sends RST instead of FIN. */
@Tag("reset")
class ResetTest extends DoctorTest {

    private static final String RESETTING = "an upstream that read the request and then closed with SO_LINGER 0 (a RST"
            + " on an established connection)";
    private static final String IDEA = " A RST on an established connection is a reset: the JDK says \"Connection"
            + " reset\" on a read and \"Connection reset by peer\" on a write, as a SocketException (an IOException"
            + " from a channel's write). It is no end of stream: the peer aborted, it did not finish." + ERRORS;

    @Test
    void aResetAfterTheRequestReportsReset() throws Exception {
        Random random = random("reset/probe");
        int probes = 2 + random.nextInt(3);
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.reset()).start()) {
            for (int i = 0; i < probes; i++) {
                String request = line(random, "PING-");
                Timed timed = probe(upstream.address(), request, Duration.ofSeconds(2), RESETTING, IDEA);
                assertReported(Failure.RESET, timed, RESETTING + " (request \"" + request + "\")", REPLAY, IDEA);
            }
        }
    }

    @Test
    void realResetsAreDiagnosedReset() throws Exception {
        try (FakeUpstream upstream = FakeUpstream.script().reply(Reply.reset()).start()) {
            Exception onRead = thrownBy(() -> {
                try (Socket socket = connect(upstream.address())) {
                    send(socket, "PING");
                    readLine(socket);
                }
            }, "read after a reset");
            assertEquals(Failure.RESET, diagnose(onRead), "diagnose() of what a read threw after " + RESETTING + " ("
                    + onRead + ") gave " + diagnose(onRead) + "." + IDEA);

            Exception onWrite = thrownBy(() -> {
                try (Socket socket = connect(upstream.address())) {
                    send(socket, "PING");
                    int port = socket.getLocalPort();
                    if (!Poll.until(GENEROUS, () -> TcpTable.count(port, TcpState.ESTABLISHED) == 0)) {
                        throw new IllegalStateException("the test's reset never arrived");
                    }
                    send(socket, "PING");
                }
            }, "write after a reset");
            assertEquals(Failure.RESET, diagnose(onWrite), "diagnose() of what a write threw after " + RESETTING + " ("
                    + onWrite + ") gave " + diagnose(onWrite) + "." + IDEA);

            Exception onChannel = thrownBy(() -> {
                try (SocketChannel channel = SocketChannel.open(upstream.address())) {
                    channel.write(ByteBuffer.wrap("PING\n".getBytes(StandardCharsets.UTF_8)));
                    channel.read(ByteBuffer.allocate(64));
                }
            }, "channel read after a reset");
            assertEquals(Failure.RESET, diagnose(onChannel), "diagnose() of what SocketChannel.read threw after "
                    + RESETTING + " (" + onChannel + ") gave " + diagnose(onChannel) + "." + IDEA);
        }
        IOException channelWrite = new IOException(fresh("Connection reset by peer"));
        assertEquals(Failure.RESET, diagnose(channelWrite), "diagnose() of IOException(\"Connection reset by peer\")"
                + " (how a channel's write reports it) gave " + diagnose(channelWrite) + "." + IDEA);
    }
}
