package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.fixture.RefusedPort;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("refused")
class RefusedTest extends DoctorTest {

    private static final String IDEA = " Refused means the SYN was answered at once with a RST: nothing listens on"
            + " that port. Java reports it as ConnectException with the kernel's words \"Connection refused\" (compare"
            + " text with equals(), never ==: the kernel's words are a new String every time)." + ERRORS;

    @Test
    void aProbeToAPortWithNothingListeningReportsRefused() throws Exception {
        Random random = random("refused/probe");
        int probes = 2 + random.nextInt(3);
        for (int i = 0; i < probes; i++) {
            InetSocketAddress nobody = RefusedPort.address();
            String request = line(random, "PING-");
            Timed timed = probe(nobody, request, Duration.ofSeconds(2), "a port with nothing listening", IDEA);
            assertReported(Failure.REFUSED, timed, "port " + nobody.getPort() + " with nothing listening (request \""
                    + request + "\")", REPLAY, IDEA);
        }
    }

    @Test
    void realRefusalsAreDiagnosedRefused() throws Exception {
        InetSocketAddress nobody = RefusedPort.address();
        Exception bySocket = thrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(nobody, 2_000);
            }
        }, "connect to a closed port");
        assertEquals(Failure.REFUSED, diagnose(bySocket), "diagnose() of what Socket.connect() threw for a port with"
                + " nothing listening (" + bySocket + ") gave " + diagnose(bySocket) + "." + IDEA);
        Exception byChannel = thrownBy(() -> SocketChannel.open(nobody).close(), "channel connect to a closed port");
        assertEquals(Failure.REFUSED, diagnose(byChannel), "diagnose() of what SocketChannel.open() threw for a port"
                + " with nothing listening (" + byChannel + ") gave " + diagnose(byChannel) + "." + IDEA);
    }

    @Test
    void otherConnectFailuresAreNotRefused() {
        ConnectException unreachable = new ConnectException(fresh("Network is unreachable"));
        assertEquals(Failure.OTHER, diagnose(unreachable), "diagnose() of ConnectException(\"Network is unreachable\")"
                + " gave " + diagnose(unreachable) + " instead of OTHER: no RST came back, a route was missing, so"
                + " this is no refusal. Only \"Connection refused\" is REFUSED." + IDEA);
    }
}
