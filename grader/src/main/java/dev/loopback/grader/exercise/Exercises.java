package dev.loopback.grader.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads exercise definitions from {@code grader/exercises/<id>/}. */
public final class Exercises {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path root;

    public Exercises(Path root) {
        this.root = root;
    }

    /** The ids of every exercise folder that has an {@code exercise.json}, sorted. */
    public List<String> ids() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("exercise.json")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new ExerciseException("Cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    public boolean exists(String id) {
        return ids().contains(id);
    }

    /** The exercise {@code id}; throws {@link ExerciseException} naming the unreadable file. */
    public Exercise load(String id) {
        Path dir = root.resolve(id);
        ExerciseSpec spec = read(dir.resolve("exercise.json"), ExerciseSpec.class);
        Rubric rubric = read(dir.resolve("rubric.json"), Rubric.class);
        if (spec.id() == null || !spec.id().equals(id)) {
            throw new ExerciseException(dir.resolve("exercise.json") + ": \"id\" must be \"" + id + "\"");
        }
        try {
            spec.policy();
        } catch (IllegalArgumentException e) {
            throw new ExerciseException(dir.resolve("exercise.json") + ": \"allow\": " + e.getMessage(), e);
        }
        if (rubric.criteria().isEmpty()) {
            throw new ExerciseException(dir.resolve("rubric.json") + ": \"criteria\" is empty");
        }
        return new Exercise(spec, rubric, dir);
    }

    private static <T> T read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new ExerciseException(file + " is missing");
        }
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ExerciseException(file + at + ": not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ExerciseException(file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
