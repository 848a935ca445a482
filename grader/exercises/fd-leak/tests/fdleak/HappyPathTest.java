package fdleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.FakeUpstream;
import dev.loopback.fixture.Poll;
import dev.loopback.fixture.RefusedPort;
import dev.loopback.fixture.Reply;
import fdleak.StatusClient.Status;
import java.io.BufferedReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("happy-path")
class HappyPathTest extends LeakTest {

    @Test
    void hostsAnsweringOkAreUp() throws Exception {
        try (FakeUpstream a = FakeUpstream.script().reply("OK").start();
                FakeUpstream b = FakeUpstream.script().reply("OK").start()) {
            Map<InetSocketAddress, Status> statuses = StatusClient.check(List.of(a.address(), b.address()), TIMEOUT);
            assertEquals(Map.of(a.address(), Status.UP, b.address(), Status.UP), statuses,
                    "Two hosts that answered STATUS with OK should both be UP.");
            assertTrue(Poll.until(WAIT, () -> a.clientHangUps() == 1 && b.clientHangUps() == 1),
                    "After checking two healthy hosts, a host still saw its connection open: close each socket"
                            + " after reading the reply." + TOO_MANY);
        }
    }

    @Test
    void anyOtherReplyIsDown() throws Exception {
        try (FakeUpstream busy = FakeUpstream.script().reply("BUSY").start();
                FakeUpstream lower = FakeUpstream.script().reply("ok").start();
                FakeUpstream spaced = FakeUpstream.script().reply("OK ").start()) {
            Map<InetSocketAddress, Status> statuses = StatusClient.check(
                    List.of(busy.address(), lower.address(), spaced.address()), TIMEOUT);
            assertEquals(Map.of(busy.address(), Status.DOWN, lower.address(), Status.DOWN,
                    spaced.address(), Status.DOWN), statuses,
                    "Hosts answering BUSY, \"ok\" and \"OK \" should all be DOWN: only exactly OK means UP.");
        }
    }

    @Test
    void anyFailureIsDown() throws Exception {
        try (FakeUpstream reset = FakeUpstream.script().reply(Reply.reset()).start();
                FakeUpstream hangUp = FakeUpstream.script().reply(Reply.hangUp()).start();
                FakeUpstream silent = FakeUpstream.script().reply(Reply.silence()).start()) {
            InetSocketAddress refused = RefusedPort.address();
            Map<InetSocketAddress, Status> statuses = StatusClient.check(
                    List.of(refused, reset.address(), hangUp.address(), silent.address()), Duration.ofMillis(200));
            assertEquals(Map.of(refused, Status.DOWN, reset.address(), Status.DOWN, hangUp.address(), Status.DOWN,
                    silent.address(), Status.DOWN), statuses, "A host that refused the connection, reset it, hung"
                    + " up without a reply or never answered within the timeout should be DOWN, and check() should"
                    + " return normally.");
        }
    }

    @Test
    void theServerAnswersEveryLine() throws Exception {
        try (LineServer server = LineServer.start(0, String::toUpperCase, Duration.ofSeconds(10));
                Socket client = connect(server.port())) {
            BufferedReader in = reader(client);
            send(client, "ping");
            assertEquals("PING", in.readLine(), "The server should answer each request line with the handler's"
                    + " reply line.");
            send(client, "again");
            assertEquals("AGAIN", in.readLine(), "The server should keep the connection open and answer the next"
                    + " line too.");
            assertTrue(Poll.until(WAIT, () -> server.openConnections() == 1),
                    "With one client connected, openConnections() should be 1, not " + server.openConnections()
                            + ".");
        }
    }

    @Test
    void theClientAndTheServerTalk() throws Exception {
        try (LineServer server = LineServer.start(0, line -> line.equals("STATUS") ? "OK" : "NO",
                Duration.ofSeconds(10))) {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
            assertEquals(Map.of(address, Status.UP), StatusClient.check(List.of(address), TIMEOUT),
                    "A LineServer whose handler answers STATUS with OK should be UP for the StatusClient.");
        }
    }

    /** A generated mix of hosts and replies: only exactly OK is UP. */
    @Test
    void generatedHostsAndReplies() throws Exception {
        Random random = random("happy-path/generated");
        String[] replies = {"OK", "OK", "BUSY", "ok", "OK ", " OK", "OKAY", "DOWN", line(random)};
        List<FakeUpstream> hosts = new ArrayList<>();
        try {
            List<InetSocketAddress> addresses = new ArrayList<>();
            Map<InetSocketAddress, Status> expected = new LinkedHashMap<>();
            StringBuilder asked = new StringBuilder();
            int count = 3 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                String reply = replies[random.nextInt(replies.length)];
                FakeUpstream host = FakeUpstream.script().reply(reply).start();
                hosts.add(host);
                addresses.add(host.address());
                expected.put(host.address(), reply.equals("OK") ? Status.UP : Status.DOWN);
                asked.append(i == 0 ? "" : ", ").append('"').append(reply).append('"');
            }
            assertEquals(expected, StatusClient.check(addresses, TIMEOUT), count + " hosts answering " + asked
                    + " should be UP exactly where the reply is OK and DOWN everywhere else. " + REPLAY);
        } finally {
            for (FakeUpstream host : hosts) {
                host.close();
            }
        }
    }

    /** Generated request lines: each gets the handler's reply, in order, on one connection. */
    @Test
    void generatedLinesGetTheirReplies() throws Exception {
        Random random = random("happy-path/lines");
        try (LineServer server = LineServer.start(0, line -> "ECHO " + line, Duration.ofSeconds(10));
                Socket client = connect(server.port())) {
            BufferedReader in = reader(client);
            int count = 3 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                String line = line(random);
                send(client, line);
                assertEquals("ECHO " + line, in.readLine(), "The server whose handler answers ECHO and the line"
                        + " should answer " + line + " with ECHO " + line + " (request " + (i + 1) + " of " + count
                        + " on one connection). " + REPLAY);
            }
        }
    }
}
