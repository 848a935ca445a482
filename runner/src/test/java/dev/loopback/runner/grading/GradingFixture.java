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

    /** Lesson 05 setting the sample exercise, as a manifest lists it. */
    static final String SAMPLE_MANIFEST = """
            {"schema": 1, "id": "sample", "title": "Sample", "parts": [{"id": "p", "title": "Part", "lessons": [
              {"id": "network-sockets", "number": "05", "title": "Network sockets", "file": "lessons/05-network-sockets.md",
               "minutes": 5, "difficulty": "core", "exercises": [{"id": "sample", "title": "Sample", "minutes": 5}]}]}]}
            """;

    /**
     * The sample exercise in a copy of the sample course whose manifest lists it, with its task page, its pom and the
     * workspace's {@code exercises/pom.xml}.
     */
    GradingFixture(Path home, String learnerStartsFrom) {
        this(home, learnerStartsFrom, sampleCourse(home));
    }

    private static Path sampleCourse(Path home) {
        copy(SAMPLE.resolve("course"), home.resolve("course"));
        try {
            Files.writeString(home.resolve("course/course.json"), SAMPLE_MANIFEST);
            Files.createDirectories(home.resolve("exercises/sample"));
            Files.writeString(home.resolve("exercises/sample/README.md"),
                    "# Sample\n\n## 1. In flight\n\nRound up.\n\n## 2. Ephemeral ports\n\n32768 to 60999.\n");
            Files.writeString(home.resolve("exercises/sample/pom.xml"), "<project/>\n");
            Files.writeString(home.resolve("exercises/pom.xml"), "<project><modules><module>sample</module></modules></project>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home.resolve("course");
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
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
