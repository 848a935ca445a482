package dev.loopback.grader.validate;

import dev.loopback.grader.exercise.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Checks that learners start from the stub: {@code exercises/<id>/src/main/java} holds exactly its files, byte for byte. */
final class StubCopy {
    private StubCopy() {}

    static List<String> check(Exercise exercise, Path learnerStart) {
        String learner = "exercises/" + exercise.id() + "/src/main/java";
        String stub = "grader/exercises/" + exercise.id() + "/stub";
        if (!Files.isDirectory(learnerStart)) {
            return List.of(learner + " is missing: learners need a copy of " + stub + " there");
        }
        Set<String> stubFiles = files(exercise.stub());
        Set<String> learnerFiles = files(learnerStart);
        List<String> problems = new ArrayList<>();
        for (String file : stubFiles) {
            if (!learnerFiles.contains(file)) {
                problems.add(learner + "/" + file + " is missing: copy it from " + stub + "/" + file);
            } else if (!same(exercise.stub().resolve(file), learnerStart.resolve(file))) {
                problems.add(learner + "/" + file + " differs from " + stub + "/" + file
                        + ": learners must start from the stub, byte for byte (copy the stub over it)");
            }
        }
        learnerFiles.stream().filter(f -> !stubFiles.contains(f))
                .forEach(f -> problems.add(learner + "/" + f + " is not in " + stub + ": learners must start from the stub alone"));
        return problems;
    }

    private static Set<String> files(Path root) {
        if (!Files.isDirectory(root)) {
            return new TreeSet<>();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(f -> files.add(root.relativize(f).toString().replace('\\', '/')));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
