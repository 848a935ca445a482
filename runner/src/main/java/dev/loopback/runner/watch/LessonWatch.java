package dev.loopback.runner.watch;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.lesson.LessonLint;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * For authors: {@code open NN --watch} (or {@code watch --lesson NN}) shows a lesson as learners see it, then again
 * after every save of its file, each time followed by what {@code validate} says about its conventions; until Ctrl-C
 * (or, with input from a pipe, its end or a line holding {@code q}).
 */
public final class LessonWatch {
    private static final String CLEAR = "\u001b[H\u001b[2J";

    private LessonWatch() {}

    /** Watches {@code lesson}'s file in {@code session}'s course; returns OK when watching stops. */
    public static int run(Lesson lesson, Session session) {
        return run(lesson, session, WatchCommand.QUIET);
    }

    static int run(Lesson lesson, Session session, Duration quiet) {
        Console console = session.console();
        Path file = session.courses().dir().resolve(lesson.file()).toAbsolutePath().normalize();
        String shown = shown(session, file);
        if (!show(lesson, file, shown, session, false)) {
            return ExitCode.INTERNAL;
        }
        try (Changes changes = changes(file, shown, quiet, console);
                LineSource.Scope stop = console.in().interruptWith(changes::close)) {
            for (Optional<Set<Path>> changed = changes.await(); changed.isPresent(); changed = changes.await()) {
                show(lesson, file, shown, session, console.interactive());
            }
        }
        console.err().println("Stopped watching " + shown + ".");
        return ExitCode.OK;
    }

    /** Renders the file and its convention check; false when it cannot be read (said to the author). */
    private static boolean show(Lesson lesson, Path file, String shown, Session session, boolean clear) {
        Console console = session.console();
        String markdown;
        try {
            markdown = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            console.err().println("Cannot read " + shown + " (" + e.getClass().getSimpleName() + "): is it saved "
                    + "where course/course.json says Lesson " + lesson.number() + " lives?");
            return false;
        }
        if (clear) {
            console.verbatim(CLEAR);
        }
        console.verbatim(new MarkdownRenderer(console.palette(), console.width()).render(markdown));
        List<String> problems = LessonLint.check(shown, markdown, lesson);
        if (problems.isEmpty()) {
            console.err().println(console.palette().ok("OK") + "    " + shown + " keeps the lesson conventions.");
        } else {
            console.err().println(console.palette().fail("FAIL") + "  " + shown + " breaks " + problems.size()
                    + " lesson convention" + (problems.size() == 1 ? "" : "s") + " (course/AUTHORING.md):");
            problems.forEach(p -> console.err().println("      - " + p));
        }
        console.err().flush();
        return true;
    }

    private static Changes changes(Path file, String shown, Duration quiet, Console console) {
        return Watching.announced(file.getParent(), file::equals, quiet, console, shown, "shows it again",
                "press Enter after each save to see it again, q to stop.");
    }

    private static String shown(Session session, Path file) {
        Path home = session.workspace().home().toAbsolutePath().normalize();
        return file.startsWith(home) ? home.relativize(file).toString() : file.toString();
    }
}
