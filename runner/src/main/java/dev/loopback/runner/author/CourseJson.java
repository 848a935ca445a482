package dev.loopback.runner.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code course/course.json} as a Jackson tree the scaffolds add to, keeping every other field and its order, and
 * written back readable: two-space indents, {@code "key": value}, one array element per line.
 */
final class CourseJson {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    final Path file;
    final ObjectNode root;

    private CourseJson(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    /** Reads {@code file}; the course has already been loaded, so it is a JSON object. */
    static CourseJson read(Path file) throws IOException {
        return new CourseJson(file, (ObjectNode) JSON.readTree(file.toFile()));
    }

    /** The lesson numbered {@code number}, in any part. */
    Optional<ObjectNode> lesson(String number) {
        for (JsonNode part : root.path("parts")) {
            for (JsonNode lesson : part.path("lessons")) {
                if (number.equals(lesson.path("number").asText(null))) {
                    return Optional.of((ObjectNode) lesson);
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code lessons} array of the part {@code partId}, or of the last part when null. */
    Optional<ArrayNode> lessonsOf(String partId) {
        JsonNode chosen = null;
        for (JsonNode part : root.path("parts")) {
            if (partId == null || partId.equals(part.path("id").asText(null))) {
                chosen = part;
            }
        }
        if (!(chosen instanceof ObjectNode part)) {
            return Optional.empty();
        }
        return Optional.of(part.get("lessons") instanceof ArrayNode lessons ? lessons : part.putArray("lessons"));
    }

    /** The whole manifest, as it will be written. */
    String text() throws JsonProcessingException {
        return PRETTY.writeValueAsString(root) + "\n";
    }

    /** Replaces the file in one step. */
    void write() throws IOException {
        AtomicFiles.replace(file, text());
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static boolean exists(Path file) {
        return Files.exists(file);
    }
}
