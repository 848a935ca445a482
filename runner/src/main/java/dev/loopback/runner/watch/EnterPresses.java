package dev.loopback.runner.watch;

import dev.loopback.runner.output.LineSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** The manual fallback where files cannot be watched: Enter regrades, {@code q} or end of input stops. */
final class EnterPresses implements Changes {
    static final String PROMPT = "Press Enter to regrade (q to stop): ";

    private final LineSource in;
    private volatile boolean closed;

    EnterPresses(LineSource in) {
        this.in = in;
    }

    @Override
    public Optional<Set<Path>> await() {
        if (closed) {
            return Optional.empty();
        }
        Optional<String> line = in.readLine(PROMPT);
        if (line.isEmpty() || line.get().strip().equalsIgnoreCase("q")) {
            return Optional.empty();
        }
        return Optional.of(Set.of());
    }

    @Override
    public void close() {
        closed = true;
    }
}
