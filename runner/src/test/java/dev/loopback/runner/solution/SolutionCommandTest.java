package dev.loopback.runner.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.CourseFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionCommandTest {
    @TempDir Path root;
    Workspace workspace;
    CapturedConsole console = CapturedConsole.piped("");

    @BeforeEach
    void course() {
        workspace = CourseFixture.create(root, CourseFixture.STUB);
    }

    @Test
    void refusedBeforeTheExerciseHasPassed() {
        int status = new SolutionCommand((session, id) -> false).run(List.of("pool-sizer"), console.session(workspace));
        assertEquals(ExitCode.FAILED, status);
        assertEquals("", console.out());
        assertTrue(console.err().replace('\n', ' ').contains("opens once your own code passes"), console.err());
        assertTrue(console.err().lines().allMatch(line -> line.length() <= 80), "wider than the console:\n" + console.err());
        assertFalse(console.err().contains("Math.ceil"), "no part of the solution leaks");
    }

    @Test
    void withoutAnExerciseTheUsageAndTheIdsFitTheWidth() {
        int status = new SolutionCommand((session, id) -> false).run(List.of(), console.session(workspace));
        assertEquals(ExitCode.USAGE, status);
        assertTrue(console.err().startsWith("Usage: solution <exercise>\nExercises: "), console.err());
        assertTrue(console.err().lines().allMatch(line -> line.length() <= 80), "wider than the console:\n" + console.err());
    }

    @Test
    void shownWithItsDesignNoteAfterPassing() {
        int status = new SolutionCommand((session, id) -> id.equals("pool-sizer"))
                .run(List.of("pool-sizer"), console.session(workspace));
        assertEquals(ExitCode.OK, status, console.err());
        assertTrue(console.out().contains("Round up"), console.out());
        assertTrue(console.out().contains("poolsizer/PoolSizer.java"), console.out());
        assertTrue(console.out().replace("\n  │ ↪ ", " ").contains("Math.ceil(requestsPerSecond * latency.toMillis() / 1000.0 * 1.25)"),
                console.out());
    }
}
