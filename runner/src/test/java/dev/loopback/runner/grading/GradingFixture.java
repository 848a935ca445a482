package dev.loopback.runner.grading;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A learner workspace on the grader's sample exercise, with the learner's sources and state in a temp folder. */
final class GradingFixture {
    static final Path SAMPLE = Path.of("../grader/src/test/resources/sample-course").toAbsolutePath().normalize();

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Session session;

    GradingFixture(Path home, String learnerStartsFrom) {
        this(home, learnerStartsFrom, SAMPLE.resolve("course"));
    }

    /** The same, with the course folder {@code course} (lessons, checks, drills) instead of the sample's. */
    GradingFixture(Path home, String learnerStartsFrom, Path course) {
        copy(SAMPLE.resolve("grader/exercises/sample").resolve(learnerStartsFrom),
                home.resolve("exercises/sample/src/main/java"));
        Workspace workspace = new Workspace(home, course, home.resolve("exercises"),
                SAMPLE.resolve("grader/exercises"), home.resolve(".course"));
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), prompt -> Optional.empty(),
                Palette.of(false), 80, false);
        session = new Session(workspace, console);
    }

    int run(Object command, String... args) {
        return ((dev.loopback.runner.command.Command) command).run(List.of(args), session);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
