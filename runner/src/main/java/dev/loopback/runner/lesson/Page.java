package dev.loopback.runner.lesson;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a Markdown file, renders it for the console and shows it (paged when long and interactive). */
public final class Page {
    private Page() {}

    /** Shows {@code file}; returns OK, or INTERNAL after saying which file could not be read. */
    public static int show(Session session, Path file, String what) {
        Console console = session.console();
        String markdown;
        try {
            markdown = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            console.err().println("Cannot show " + what + ": " + session.workspace().home().relativize(file.toAbsolutePath())
                    + " could not be read (" + e.getClass().getSimpleName() + "). Is the course checked out completely?");
            return ExitCode.INTERNAL;
        }
        console.page(new MarkdownRenderer(console.palette(), console.width()).render(markdown));
        return ExitCode.OK;
    }
}
