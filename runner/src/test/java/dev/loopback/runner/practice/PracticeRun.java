package dev.loopback.runner.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.Workspace;
import dev.loopback.runner.Loopback;
import dev.loopback.runner.command.Commands;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.output.Palette;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A course home holding the shipped quick check and drill of Lesson 05, and one runner
 * invocation over it with captured output and scripted input lines.
 */
public final class PracticeRun {
    /** The repository's course folder (tests run in the runner module's directory). */
    public static final Path COURSE = Path.of("..", "course");

    public final Path home;
    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();
    public int exitCode;

    private PracticeRun(Path home) {
        this.home = home;
    }

    /** A home in {@code dir} with the shipped course/checks and course/drills files (a drill's labelled pool too). */
    public static PracticeRun in(Path dir) {
        try {
            for (String folder : List.of("checks", "drills")) {
                Files.createDirectories(dir.resolve("course").resolve(folder));
                try (var files = Files.list(COURSE.resolve(folder))) {
                    for (Path file : files.toList()) {
                        Path target = dir.resolve("course").resolve(folder).resolve(file.getFileName());
                        Files.copy(file, target);
                        if (Files.isDirectory(file)) {
                            try (var inner = Files.list(file)) {
                                for (Path f : inner.toList()) {
                                    Files.copy(f, target.resolve(f.getFileName()));
                                }
                            }
                        }
                    }
                }
            }
            Files.writeString(dir.resolve("course").resolve("course.json"), "{}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PracticeRun(dir);
    }

    /** A home prepared by the test itself. */
    public static PracticeRun at(Path home) {
        return new PracticeRun(home);
    }

    /** Runs {@code args} once, feeding {@code input} line by line; keeps the exit code. */
    public PracticeRun run(List<String> input, String... args) {
        Deque<String> lines = new ArrayDeque<>(input);
        return run(prompt -> Optional.ofNullable(lines.poll()), args);
    }

    /** Runs {@code args} once, reading what the learner types from {@code in}; keeps the exit code. */
    public PracticeRun run(LineSource in, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), in,
                Palette.of(false), 80, false);
        exitCode = new Loopback(new Session(Workspace.at(home), console), Commands.standard()).run(args);
        return this;
    }

    public JsonNode json() {
        try {
            return new ObjectMapper().readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON: " + out, e);
        }
    }

    /** The learner's recorded progress, or an empty object when nothing was recorded. */
    public JsonNode progress() {
        Path file = home.resolve(".course").resolve("progress.json");
        try {
            return Files.exists(file) ? new ObjectMapper().readTree(file.toFile()) : new ObjectMapper().createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
