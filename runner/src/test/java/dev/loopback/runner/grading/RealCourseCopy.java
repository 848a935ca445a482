package dev.loopback.runner.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.Workspace;
import dev.loopback.runner.Fixtures;
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

/** A copy of the repository's real course (course/ with its drills' labelled pools, exercises/, grader/exercises/) that a test may change. */
final class RealCourseCopy {
    final Path home;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    RealCourseCopy(Path home) {
        this.home = home;
        Path real = Fixtures.courseHome();
        for (String folder : List.of("course", "exercises", "grader/exercises")) {
            copy(real.resolve(folder), home.resolve(folder));
        }
    }

    Session session() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), prompt -> Optional.empty(),
                Palette.of(false), 200, false);
        return new Session(Workspace.at(home).withState(home.resolve(".course")), console);
    }

    /** Runs {@code command} with {@code args} in a fresh session (the course read anew). */
    int run(dev.loopback.runner.command.Command command, String... args) {
        return command.run(List.of(args), session());
    }

    /** Runs the runner as {@code mvn exec:java -Dexec.args="..."} would, on this copy. */
    int loopback(String... args) {
        return new dev.loopback.runner.Loopback(session(), dev.loopback.runner.command.Commands.standard()).run(args);
    }

    Path path(String relative) {
        return home.resolve(relative);
    }

    /** How many exercises this copy's manifest lists, over all lessons (tests must hold for any number). */
    int exerciseCount() {
        try {
            JsonNode manifest = new ObjectMapper()
                    .readTree(path("course/course.json").toFile());
            int count = 0;
            for (JsonNode part : manifest.path("parts")) {
                for (JsonNode lesson : part.path("lessons")) {
                    count += lesson.path("exercises").size();
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void edit(String relative, String from, String to) {
        try {
            String text = Files.readString(path(relative));
            if (!text.contains(from)) {
                throw new IllegalStateException(relative + " does not contain " + from);
            }
            Files.writeString(path(relative), text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (java.util.stream.StreamSupport.stream(relative.spliterator(), false).anyMatch(n -> n.toString().equals("target"))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
