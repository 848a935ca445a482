package dev.loopback.runner.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Poll;
import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.lesson.OpenCommand;
import dev.loopback.runner.shell.PlainLineSource;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.CourseFixture;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author watching a lesson sees it again, with its convention check, after each save of its file. */
class LessonWatchTest {
    private static final String MANIFEST = """
            {"schema": 1, "id": "c", "title": "Course", "parts": [{"id": "p", "title": "Part", "lessons": [
              {"id": "retries", "number": "06", "title": "Retries", "file": "lessons/06-retries.md",
               "minutes": 6, "difficulty": "core", "exercises": []}]}]}
            """;
    private static final String LESSON = """
            # Retries

            *Course · Part · Lesson 06 · 6 min · Difficulty: core*

            **Prerequisite:** none.

            A call that fails may succeed a moment later.

            ## By the end you'll be able to

            - compute a backoff delay
            - cap a backoff
            - add jitter
            - budget retries
            - tell retryable errors apart

            ## Exponential backoff

            ```diagram
            client ──── try 1 ───> server
            ```

            Notice the wait doubles.

            ## Key takeaways

            1. Double the delay.
            2. Cap it at 5 s.
            3. Add jitter.
            4. Budget retries.
            5. Retry only idempotent calls.
            6. Give up in time.

            ## Sources & further reading

            - AWS Architecture Blog: why the delay grows.

            ## Practice

            - Nothing graded yet: reread the backoff section.
            """;

    @TempDir Path root;

    private Path lesson(Workspace workspace) throws IOException {
        Files.writeString(workspace.course().resolve("course.json"), MANIFEST);
        Path file = workspace.course().resolve("lessons/06-retries.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, LESSON);
        return file;
    }

    @Test
    void everySaveShowsTheLessonAgainWithItsConventionCheckUntilTheInputEnds() throws Exception {
        Workspace workspace = CourseFixture.create(root, CourseFixture.STUB);
        Path file = lesson(workspace);
        Pipe stdin = Pipe.open();
        CapturedConsole console = CapturedConsole.piped(new PlainLineSource(Channels.newInputStream(stdin.source())));
        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(
                () -> new WatchCommand().run(List.of("--lesson", "06"), console.session(workspace)));

        awaitTrue(() -> console.err().contains("Watching course/lessons/06-retries.md: every save shows it again."),
                console::err);
        assertTrue(console.out().contains("A call that fails may succeed a moment later."), console.out());
        assertTrue(console.err().contains("OK    course/lessons/06-retries.md keeps the lesson conventions."), console.err());

        Files.writeString(file, LESSON.replace("A call that fails may succeed a moment later.", "Saved once more.")
                .replace("client ──── try 1 ───> server", "client ──── try 1 ───> server" + " ".repeat(40) + "|"));
        // The problem is the last thing a re-render prints: wait for it, not for the heading above it.
        awaitTrue(() -> console.err().contains("course/lessons/06-retries.md:20: a diagram line of 70 columns"), console::err);
        assertTrue(console.out().contains("Saved once more."), console.out());
        assertTrue(console.err().contains("breaks 1 lesson convention"), console.err());

        stdin.sink().close();
        assertEquals(ExitCode.OK, watching.get(30, TimeUnit.SECONDS));
        assertTrue(console.err().contains("Stopped watching course/lessons/06-retries.md."), console.err());
        stdin.source().close();
    }

    @Test
    void openWithWatchTakesAWholeLessonAndStopsAtTheEndOfInput() throws Exception {
        Workspace workspace = CourseFixture.create(root, CourseFixture.STUB);
        lesson(workspace);

        CapturedConsole console = CapturedConsole.piped("");
        assertEquals(ExitCode.OK, new OpenCommand().run(List.of("06", "--watch"), console.session(workspace)));
        assertTrue(console.out().contains("A call that fails may succeed a moment later."), console.out());
        assertTrue(console.err().contains("Stopped watching course/lessons/06-retries.md."), console.err());

        CapturedConsole wrong = CapturedConsole.piped("");
        assertEquals(ExitCode.USAGE, new OpenCommand().run(List.of("07", "--watch"), wrong.session(workspace)));
        assertTrue(wrong.err().replace("\n", " ").contains("there is no lesson called '07'. Did you mean '06'?"), wrong.err());
        CapturedConsole none = CapturedConsole.piped("");
        assertEquals(ExitCode.USAGE, new WatchCommand().run(List.of("--lesson"), none.session(workspace)));
        assertTrue(none.err().replace("\n", " ").contains("'watch --lesson' takes one lesson, e.g. 'watch --lesson 05'."),
                none.err());
    }

    /** Waits (dev.loopback.fixture.Poll) for what the console shows; says what was seen when it never holds. */
    private static void awaitTrue(BooleanSupplier condition, Supplier<String> seen) {
        assertTrue(Poll.until(Duration.ofSeconds(30), condition), "not seen within 30 s; output so far:\n" + seen.get());
    }
}
