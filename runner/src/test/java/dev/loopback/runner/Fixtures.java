package dev.loopback.runner;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.shell.PlainLineSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test workspaces and consoles that capture what the runner prints. */
public final class Fixtures {
    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();

    /** {@code text} with the console's line breaks undone (each break and the indent after it read as one space). */
    public static String unwrapped(Object text) {
        return text.toString().replaceAll(" *\\R *", " ");
    }

    /** A console writing to {@link #out} and {@link #err}, reading {@code input}. */
    public Console console(int width, boolean colour, String input) {
        return new Console(new PrintWriter(out, true), new PrintWriter(err, true),
                new PlainLineSource(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))),
                Palette.of(colour), width, false);
    }

    public Session session(Path home, Path state, int width) {
        return new Session(Workspace.at(home).withState(state), console(width, false, ""));
    }

    /** A copy of the sample course (test resources) in {@code dir}, free to be changed by the test. */
    public static Path sampleCopy(Path dir) {
        Path from = sample();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path to = dir.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The repository's own clone, whose real course the end-to-end tests run. */
    public static Path courseHome() {
        return Workspace.find(Path.of("")).orElseThrow().home();
    }

    /** The sample course in the test resources (read-only by convention). */
    public static Path sample() {
        try {
            return Path.of(Fixtures.class.getResource("/sample-course").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
