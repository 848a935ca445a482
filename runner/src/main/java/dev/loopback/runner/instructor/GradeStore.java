package dev.loopback.runner.instructor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The grades folder ({@code <class folder>/.grades}): per learner, each exercise's submit JSON
 * ({@code <exercise>.json}), its Gradescope results ({@code <exercise>.gradescope.json}) and what
 * produced them ({@code <exercise>.state.json}: source hash, status, detail), plus the learner's
 * Gradescope {@code results.json} (every exercise's combined); and the class summary.
 */
final class GradeStore {
    private final Path root;

    GradeStore(Path root) {
        this.root = root;
    }

    static GradeStore in(Path classFolder) {
        return new GradeStore(classFolder.resolve(".grades"));
    }

    Path root() {
        return root;
    }

    Path learner(String learner) {
        return root.resolve(learner);
    }

    /** The stored grade of {@code submission}, if one was made from sources with this {@code hash}. */
    Optional<Graded> unchanged(Submission submission, String hash) {
        Path state = learner(submission.learner()).resolve(submission.exercise() + ".state.json");
        Path json = learner(submission.learner()).resolve(submission.exercise() + ".json");
        Path gradescope = learner(submission.learner()).resolve(submission.exercise() + ".gradescope.json");
        if (!Files.isRegularFile(state) || !Files.isRegularFile(json) || !Files.isRegularFile(gradescope)) {
            return Optional.empty();
        }
        try {
            JsonNode stored = SubmitJson.tree(Files.readString(state));
            if (!hash.equals(stored.path("hash").asText())) {
                return Optional.empty();
            }
            Graded.Status status = Graded.Status.ofWords(stored.path("status").asText());
            return Optional.of(new Graded(status, stored.path("detail").asText(""), Files.readString(json),
                    Files.readString(gradescope).strip()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stores the grade of {@code submission} made from sources with {@code hash}. */
    void save(Submission submission, String hash, Graded graded) {
        Path dir = learner(submission.learner());
        String state = SubmitJson.MAPPER.createObjectNode().put("hash", hash).put("status", graded.status().words())
                .put("detail", graded.detail()).toString();
        write(dir.resolve(submission.exercise() + ".json"), graded.json());
        write(dir.resolve(submission.exercise() + ".gradescope.json"), graded.gradescope());
        write(dir.resolve(submission.exercise() + ".state.json"), state);
    }

    /** Writes {@code text} to {@code file} atomically (readers never see half a file). */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(part, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
