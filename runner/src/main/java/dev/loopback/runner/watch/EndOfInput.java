package dev.loopback.runner.watch;

import dev.loopback.runner.output.LineSource;
import java.util.Optional;

/** With input from a pipe, watching stops when the input ends or a line holds {@code q}, as Ctrl-C stops it at a terminal. */
final class EndOfInput {
    private EndOfInput() {}

    /** Reads {@code in} on a daemon thread and closes {@code changes} at its end; the lines read are not run. */
    static void stops(Changes changes, LineSource in) {
        Thread reader = new Thread(() -> {
            Optional<String> line = in.readLine("");
            while (line.isPresent() && !line.get().strip().equalsIgnoreCase("q")) {
                line = in.readLine("");
            }
            changes.close();
        }, "loopback-watch-input");
        reader.setDaemon(true);
        reader.start();
    }
}
