package dev.loopback.runner.lesson;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a Markdown file, renders it for the console and shows it (paged when long and interactive). */
public final class Page {
    private Page() {}

    /** Shows {@code file}; returns OK, or INTERNAL after saying which file could not be read. */
    public static int show(Session session, Path file, String what) {
        Optional<String> markdown = read(session, file, what);
        markdown.ifPresent(text -> render(session, text, 0));
        return markdown.isPresent() ? ExitCode.OK : ExitCode.INTERNAL;
    }

    /** Renders {@code markdown} at the console's width and shows it; its first jshell snippet is run {@code runsBefore + 1}. */
    public static void render(Session session, String markdown, int runsBefore) {
        Console console = session.console();
        console.page(new MarkdownRenderer(console.palette(), console.width()).numberingRunsAfter(runsBefore).render(markdown));
    }

    /** The text of {@code file}, or empty after telling the learner it could not be read. */
    static Optional<String> read(Session session, Path file, String what) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            session.console().err().println("Cannot show " + what + ": "
                    + session.workspace().home().relativize(file.toAbsolutePath()) + " could not be read ("
                    + e.getClass().getSimpleName() + "). Is the course checked out completely?");
            return Optional.empty();
        }
    }
}
