package dev.loopback.runner.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The submissions in a class folder: each sub-folder is a learner (hidden folders are not), and
 * each {@code exercises/<id>/src/main/java} in it with a known id is one submission.
 */
public final class Roster {
    private Roster() {}

    /** The submissions under {@code folder}, sorted by learner then exercise. */
    public static List<Submission> scan(Path folder, Set<String> exerciseIds) {
        List<Submission> found = new ArrayList<>();
        for (Path learner : children(folder)) {
            for (Path exercise : children(learner.resolve("exercises"))) {
                String id = exercise.getFileName().toString();
                Path sources = exercise.resolve("src").resolve("main").resolve("java");
                if (exerciseIds.contains(id) && Files.isDirectory(sources)) {
                    found.add(new Submission(learner.getFileName().toString(), id, sources));
                }
            }
        }
        return found;
    }

    /** Learners (sub-folders) under {@code folder}, hidden ones excluded. */
    static List<String> learners(Path folder) {
        return children(folder).stream().map(path -> path.getFileName().toString()).toList();
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
