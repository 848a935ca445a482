package dev.loopback.runner.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.CourseFixture;
import dev.loopback.runner.workbench.ExerciseFiles;
import dev.loopback.runner.workbench.ExerciseSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchLoopTest {
    @TempDir Path root;
    final AtomicInteger grades = new AtomicInteger();

    private int watchByHand(GradeReport report, CapturedConsole console) {
        Workspace workspace = CourseFixture.create(root, CourseFixture.STUB);
        ExerciseFiles files = ExerciseFiles.find(workspace, CourseFixture.ID).orElseThrow();
        Session session = console.session(workspace);
        Grading grading = exercise -> {
            grades.incrementAndGet();
            return report;
        };
        WatchLoop loop = new WatchLoop(ExerciseSummary.read(workspace, files), files, grading, session.console());
        return loop.run(new EnterPresses(session.console().in()));
    }

    @Test
    void byHandEachEnterRegradesAndQStops() {
        CapturedConsole console = CapturedConsole.typed("\n\nq\n\n");
        GradeReport failing = new GradeReport(true, 70, 100, false, List.of(), List.of());
        assertEquals(ExitCode.FAILED, watchByHand(failing, console));
        assertEquals(3, grades.get());
        assertTrue(console.err().contains("Stopped watching pool-sizer at 70 / 100."), console.err());
    }

    @Test
    void byHandEndOfInputStops() {
        CapturedConsole console = CapturedConsole.piped("\n");
        GradeReport failing = new GradeReport(true, 70, 100, false, List.of(), List.of());
        assertEquals(ExitCode.FAILED, watchByHand(failing, console));
        assertEquals(2, grades.get());
    }

    @Test
    void codeThatDoesNotCompileShowsTheCompilerErrors() {
        CapturedConsole console = CapturedConsole.piped("");
        GradeReport broken = new GradeReport(false, 0, 100, false, List.of(),
                List.of("PoolSizer.java:9:78: error: ';' expected"));
        watchByHand(broken, console);
        assertTrue(console.out().contains("Pool sizer: does not compile"), console.out());
        assertTrue(console.out().contains("  PoolSizer.java:9:78: error: ';' expected"), console.out());
    }
}
