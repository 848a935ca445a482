package dev.loopback.runner.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The parts of {@code exercise.json} the learner-facing tools need: title, package and suggested expressions. */
public record ExerciseSummary(String id, String title, String packageName, List<String> tryExpressions) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code files.definition()}; a missing "try" list gives no suggestions. */
    public static ExerciseSummary read(ExerciseFiles files) {
        try {
            JsonNode root = JSON.readTree(files.definition().toFile());
            List<String> tries = new ArrayList<>();
            root.path("try").forEach(node -> tries.add(node.asText()));
            return new ExerciseSummary(files.id(), root.path("title").asText(files.id()),
                    root.path("package").asText(""), List.copyOf(tries));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + files.definition() + ": " + e.getMessage(), e);
        }
    }
}
