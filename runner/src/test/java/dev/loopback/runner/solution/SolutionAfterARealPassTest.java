package dev.loopback.runner.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.watch.WatchCommand;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.ExerciseFiles;
import dev.loopback.runner.workbench.FileTree;
import dev.loopback.runner.workbench.ShippedCourse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real grader decides: the solution stays shut until {@code watch} has graded a pass into the history. */
class SolutionAfterARealPassTest {
    @TempDir Path root;

    @Test
    void refusedBeforePassingShownOnceWatchHasGradedAPass() {
        Workspace workspace = ShippedCourse.copyTo(root);
        CapturedConsole before = CapturedConsole.piped("");
        assertEquals(ExitCode.FAILED, new SolutionCommand().run(List.of("pool-sizer"), before.session(workspace)));
        assertEquals("", before.out());

        ExerciseFiles files = ExerciseFiles.find(workspace, "pool-sizer").orElseThrow();
        FileTree.copy(files.solution(), files.sources());
        CapturedConsole watching = CapturedConsole.piped("");
        assertEquals(ExitCode.OK, new WatchCommand().run(List.of("pool-sizer"), watching.session(workspace)),
                watching.out() + watching.err());
        assertTrue(watching.out().contains("Pool sizer: 100 / 100, passing"), watching.out());

        CapturedConsole after = CapturedConsole.piped("");
        assertEquals(ExitCode.OK, new SolutionCommand().run(List.of("pool-sizer"), after.session(workspace)), after.err());
        assertTrue(after.out().contains("poolsizer/PoolSizer.java"), after.out());
        assertTrue(after.out().contains("public static long poolMax(double peakQps, Duration avgLatency)"), after.out());
    }
}
