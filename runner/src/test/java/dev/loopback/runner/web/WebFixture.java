package dev.loopback.runner.web;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.Fixtures;
import dev.loopback.runner.command.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real course served from a learner workspace in a temp folder (exercises and state there, course and grader
 * files from this clone), and a plain HTTP/1.1 client on a raw socket, so a test can send any Host or Origin.
 */
final class WebFixture implements AutoCloseable {
    final Fixtures console = new Fixtures();
    final Path home = Fixtures.courseHome();
    final Workspace workspace;
    final Session session;
    final WebServer server;

    WebFixture(Path temp) throws IOException {
        copy(home.resolve("exercises/pool-sizer"), temp.resolve("exercises/pool-sizer"));
        workspace = new Workspace(home, home.resolve("course"), temp.resolve("exercises"), home.resolve("grader/exercises"),
                temp.resolve(".course"));
        session = new Session(workspace, console.console(100, false, ""));
        server = WebServer.start(session, 0);
    }

    /** The reference solution of pool-sizer over the learner's stub. */
    void copySolution() {
        copy(home.resolve("grader/exercises/pool-sizer/solution"), workspace.exercises().resolve("pool-sizer/src/main/java"));
    }

    @Override
    public void close() {
        server.close();
    }

    /** The header that carries the server's token, as the JSON API's clients send it. */
    String bearer() {
        return "Authorization: Bearer " + server.token();
    }

    String host() {
        return "127.0.0.1:" + server.port();
    }

    /** A response: status, headers (lower-case names, the last value of each), body. */
    record Response(int status, Map<String, String> headers, String body) {}

    Response get(String path, String... headers) {
        return request("GET", path, null, headers);
    }

    /** {@code headers} as "Name: value"; Host is added unless one is given; Connection: close always. */
    Response request(String method, String path, String body, String... headers) {
        try (Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), server.port())) {
            socket.setSoTimeout(120_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean hostGiven = false;
            for (String header : headers) {
                hostGiven |= header.toLowerCase(Locale.ROOT).startsWith("host:");
                head.append(header).append("\r\n");
            }
            if (!hostGiven) {
                head.append("Host: ").append(host()).append("\r\n");
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                head.append("Content-Length: ").append(bytes.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                // the server may refuse and close before reading a large body
            }
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            // connection reset after the response: keep what arrived
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, split).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(split + 4));
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
