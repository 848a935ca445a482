package dev.loopback.runner.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many hints the learner has seen per exercise, kept in {@code .course/hints.json}. */
final class HintLevels {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    HintLevels(Path state) {
        this.file = state.resolve("hints.json");
    }

    int seen(String exercise) {
        return read().path(exercise).asInt(0);
    }

    void saw(String exercise, int level) {
        ObjectNode levels = read();
        levels.put(exercise, level);
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling("hints.json.partial");
            Files.writeString(partial, levels.toPrettyString());
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode read() {
        try {
            return Files.isRegularFile(file) && JSON.readTree(file.toFile()) instanceof ObjectNode node ? node
                    : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
