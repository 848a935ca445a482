package dev.loopback.runner.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.CourseFixture;
import dev.loopback.runner.workbench.ShippedCourse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir Path root;
    Workspace workspace;
    CapturedConsole console = CapturedConsole.piped("");

    /** The shipped course, with Lesson 05's text replaced by {@link LessonSnippetsTest#LESSON}. */
    @BeforeEach
    void lesson() {
        workspace = ShippedCourse.copyTo(root);
        CourseFixture.write(workspace.course().resolve("lessons/05-network-sockets.md"), LessonSnippetsTest.LESSON);
    }

    private int run(String... args) {
        return new RunCommand().run(List.of(args), console.session(workspace));
    }

    @Test
    void runningASnippetShowsEachValueItProduces() {
        assertEquals(ExitCode.OK, run("05", "1"), console.err());
        assertEquals(List.of("perCallSeconds ==> 0.15", "1000 * perCallSeconds ==> 150.0"), console.out().lines().toList());
    }

    @Test
    void theLessonCanBeNamedByIdToo() {
        assertEquals(ExitCode.OK, run("network-sockets", "2"), console.err());
        assertEquals("Math.ceil(2000 * 0.050) ==> 100.0", console.out().strip());
    }

    @Test
    void aFailingSnippetIsReportedWithItsMessageNotAStackTrace() {
        assertEquals(ExitCode.FAILED, run("05", "3"));
        assertTrue(console.err().contains("threw NumberFormatException: For input string: \"fifty\""), console.err());
        assertFalse(console.err().contains("\tat "), console.err());
    }

    @Test
    void aNumberOutOfRangeSaysWhichNumbersExist() {
        assertEquals(ExitCode.USAGE, run("05", "4"));
        assertTrue(console.err().contains("[run 1] to [run 3]"), console.err());
    }

    @Test
    void withoutANumberItListsTheSnippets() {
        assertEquals(ExitCode.OK, run("05"));
        assertEquals(List.of("  run 05 1   double perCallSeconds = 0.150;", "  run 05 2   Math.ceil(2000 * 0.050)",
                "  run 05 3   Integer.parseInt(\"fifty\")"), console.out().lines().toList());
    }
}
