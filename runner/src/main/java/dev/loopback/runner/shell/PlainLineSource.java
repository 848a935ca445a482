package dev.loopback.runner.shell;

import dev.loopback.runner.output.LineSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Lines from a pipe or file, no prompt and no line editing; ends at end of input, so it never hangs on CI. */
public final class PlainLineSource implements LineSource {
    private final BufferedReader reader;

    public PlainLineSource(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> readLine(String prompt) {
        try {
            return Optional.ofNullable(reader.readLine());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
