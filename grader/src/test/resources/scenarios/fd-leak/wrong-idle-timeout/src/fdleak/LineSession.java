package fdleak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** One client's conversation: a reply line per request line, ERR when the handler fails, until end of stream. */
final class LineSession {

    private final Socket socket;
    private final Function<String, String> handler;

    LineSession(Socket socket, Function<String, String> handler) {
        this.socket = socket;
        this.handler = handler;
    }

    void run() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.write((reply(line) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private String reply(String request) {
        try {
            String reply = handler.apply(request);
            return reply == null ? "ERR" : reply;
        } catch (RuntimeException | Error failed) {
            return "ERR";
        }
    }
}
