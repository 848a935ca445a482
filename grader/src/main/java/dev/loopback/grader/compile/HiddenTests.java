package dev.loopback.grader.compile;

import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.ExerciseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hidden tests compiled against the pristine stub, cached under
 * {@code <cache>/<exercise>/<hash of stub, tests and support>/}, so a warm submission compiles
 * only the learner's code.
 */
public final class HiddenTests {
    private HiddenTests() {}

    /** The compiled stub and tests; {@code tests} goes on the sandbox class path, {@code stub} only feeds the API check. */
    public record Build(Path stub, Path tests) {}

    /** The cached build for {@code exercise}, if it was compiled already. */
    public static Optional<Build> cached(Exercise exercise, List<Path> classPath, Path cache) {
        Path dir = dir(exercise, classPath, cache);
        return Files.isRegularFile(dir.resolve("complete")) ? Optional.of(build(dir)) : Optional.empty();
    }

    /** The cached build for {@code exercise}, compiling it first when the cache misses. */
    public static synchronized Build of(Exercise exercise, List<Path> classPath, Path cache) {
        Path dir = dir(exercise, classPath, cache);
        Build build = build(dir);
        if (Files.isRegularFile(dir.resolve("complete"))) {
            return build;
        }
        Path work = dir.resolveSibling(dir.getFileName() + ".tmp" + ProcessHandle.current().pid());
        compile(exercise.stub(), classPath, work.resolve("stub"), exercise.stub());
        List<Path> testPath = new ArrayList<>(classPath);
        testPath.add(0, work.resolve("stub"));
        compile(exercise.tests(), testPath, work.resolve("tests"), exercise.tests());
        try {
            Files.writeString(work.resolve("complete"), "");
            Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(dir.resolve("complete"))) {
                throw new UncheckedIOException(e);
            }
        }
        return build;
    }

    private static Path dir(Exercise exercise, List<Path> classPath, Path cache) {
        return cache.resolve(exercise.id()).resolve(Fingerprint.of(exercise.stub(), exercise.tests(), classPath));
    }

    private static Build build(Path dir) {
        return new Build(dir.resolve("stub"), dir.resolve("tests"));
    }

    private static void compile(Path sources, List<Path> classPath, Path out, Path named) {
        if (SourceCompiler.compile(sources, classPath, out) instanceof Compilation.DidNotCompile failed) {
            throw new ExerciseException(named + " does not compile:\n" + failed.errors().stream()
                    .map(d -> DiagnosticFormat.format(d, named)).collect(Collectors.joining("\n")));
        }
    }
}
