package fdleak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.OpenFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("handler-errors")
class HandlerErrorsTest extends LeakTest {

    private static final String WHY = " A bug in one request's handler must not cost the client its connection or"
            + " the server a descriptor: catch what the handler throws (an Error too), answer ERR and keep serving."
            + " See Lesson 05 - Too many open files.";

    private static final Function<String, String> FLAKY = line -> switch (line) {
        case "boom" -> throw new IllegalStateException("handler bug");
        case "fatal" -> throw new AssertionError("handler bug");
        case "null" -> null;
        default -> "OK";
    };

    @Test
    void aFailingHandlerAnswersErrAndTheConnectionStaysOpen() throws Exception {
        try (LineServer server = LineServer.start(0, FLAKY, Duration.ofSeconds(30));
                Socket client = connect(server.port())) {
            BufferedReader in = reader(client);
            assertEquals("ERR", ask(client, in, "boom"), "A handler that threw a RuntimeException should make the"
                    + " server answer ERR." + WHY);
            assertEquals("ERR", ask(client, in, "fatal"), "A handler that threw an Error should make the server"
                    + " answer ERR." + WHY);
            assertEquals("ERR", ask(client, in, "null"), "A handler that returned null should make the server"
                    + " answer ERR." + WHY);
            assertEquals("OK", ask(client, in, "STATUS"), "After handler errors, the same connection should still"
                    + " be served." + WHY);
        }
    }

    @Test
    void hundredsOfHandlerErrorsCostNoDescriptors() throws Exception {
        try (LineServer server = LineServer.start(0, FLAKY, Duration.ofSeconds(30));
                Socket client = connect(server.port())) {
            BufferedReader in = reader(client);
            assertEquals("OK", ask(client, in, "STATUS"), "The server should answer STATUS with OK." + WHY);
            long connected = OpenFiles.count();
            for (int i = 0; i < 200; i++) {
                assertEquals("ERR", ask(client, in, "boom"), "A handler that threw should make the server answer"
                        + " ERR." + WHY);
            }
            long now = OpenFiles.count();
            assertTrue(now <= connected + ALLOWANCE, "200 handler errors on one connection opened " + (now - connected)
                    + " more descriptors." + WHY);
            assertEquals(1, server.openConnections(), "After 200 handler errors on one connection, openConnections()"
                    + " should still be 1." + WHY);
        }
    }

    private static String ask(Socket client, BufferedReader in, String line) throws IOException {
        send(client, line);
        try {
            return in.readLine();
        } catch (SocketTimeoutException noAnswer) {
            return "(no reply within 2 s)";
        }
    }

    /** A generated sequence of good lines and failing handler calls on one connection. */
    @Test
    void generatedMixOfFailuresAndGoodLines() throws Exception {
        Random random = random("handler-errors/generated");
        Function<String, String> handler = line -> switch (line) {
            case "boom" -> throw new IllegalStateException("handler bug");
            case "fatal" -> throw new AssertionError("handler bug");
            case "null" -> null;
            default -> "ECHO " + line;
        };
        try (LineServer server = LineServer.start(0, handler, Duration.ofSeconds(30));
                Socket client = connect(server.port())) {
            BufferedReader in = reader(client);
            int count = 10 + random.nextInt(21);
            for (int i = 0; i < count; i++) {
                int pick = random.nextInt(5);
                String line = pick == 0 ? "boom" : pick == 1 ? "fatal" : pick == 2 ? "null" : line(random);
                String expected = pick <= 2 ? "ERR" : "ECHO " + line;
                String why = pick == 0 ? "its handler threw a RuntimeException" : pick == 1 ? "its handler threw an Error"
                        : pick == 2 ? "its handler returned null" : "its handler answered ECHO and the line";
                assertEquals(expected, ask(client, in, line), "Request " + (i + 1) + " of " + count + " on one"
                        + " connection, " + line + ": " + why + ", so the server should answer " + expected + ". "
                        + REPLAY + WHY);
            }
        }
    }
}
