package dev.loopback.runner.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.ExerciseFiles;
import dev.loopback.runner.workbench.ExerciseSummary;
import dev.loopback.runner.workbench.FileTree;
import dev.loopback.runner.workbench.ShippedCourse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code try pool-sizer} on the shipped exercise, compiled by the grader's compiler. */
class TryShippedExerciseTest {
    @TempDir Path root;
    Workspace workspace;
    ExerciseFiles files;
    String suggestions;

    @BeforeEach
    void shipped() {
        workspace = ShippedCourse.copyTo(root);
        files = ExerciseFiles.find(workspace, "pool-sizer").orElseThrow();
        suggestions = String.join("\n", ExerciseSummary.read(workspace, files).tryExpressions()) + "\n";
    }

    @Test
    void theSuggestedExpressionsShowTheLessonsNumbersOnTheReferenceSolution() {
        FileTree.copy(files.solution(), files.sources());
        CapturedConsole console = CapturedConsole.piped(suggestions);
        assertEquals(ExitCode.OK, new TryCommand().run(List.of("pool-sizer"), console.session(workspace)), console.err());
        assertEquals(List.of("PoolSizer.inFlight(2000, Duration.ofMillis(50)) ==> 100",
                "PoolSizer.poolMax(2000, Duration.ofMillis(50)) ==> 125",
                "PoolSizer.fitsFdLimit(10, 100, 500, 65_536) ==> true",
                "PoolSizer.keepAliveIdle(Duration.ofSeconds(60)) ==> PT55S"), console.out().lines().toList());
    }

    @Test
    void onTheStubEachSuggestionSaysWhatIsLeftToDo() {
        CapturedConsole console = CapturedConsole.piped(suggestions);
        assertEquals(ExitCode.FAILED, new TryCommand().run(List.of("pool-sizer"), console.session(workspace)));
        assertTrue(console.err().contains("threw UnsupportedOperationException: TODO: inFlight"), console.err());
    }

    @Test
    void aCompileErrorReadsLikeTheGradersWithPathLineAndCaret() throws Exception {
        Path source = files.sources().resolve("poolsizer/PoolSizer.java");
        Files.writeString(source, Files.readString(source).replaceFirst("\\);", ")"));
        CapturedConsole console = CapturedConsole.piped("1 + 1\n");
        assertEquals(ExitCode.OK, new TryCommand().run(List.of("pool-sizer"), console.session(workspace)), console.err());
        assertTrue(console.err().contains("exercises/pool-sizer/src/main/java/poolsizer/PoolSizer.java:"), console.err());
        assertTrue(console.err().lines().anyMatch(line -> line.strip().equals("^")), console.err());
        assertEquals("1 + 1 ==> 2", console.out().strip());
    }
}
