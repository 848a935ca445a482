package dev.loopback.runner.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.grading.HintCommand;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.ExerciseFiles;
import dev.loopback.runner.workbench.ShippedCourse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch's grading of the shipped pool-sizer stub, for real: it shows the levels unlocked, as submit does. */
class WatchHintsTest {
    @TempDir
    Path root;

    @Test
    void watchShowsTheLessonSectionAndTheUnlockedLevelsOfEachFailingCriterion() {
        Workspace workspace = ShippedCourse.copyTo(root);
        ExerciseFiles files = ExerciseFiles.find(workspace, "pool-sizer").orElseThrow();
        List<String> law = new Exercises(workspace.graderExercises()).load("pool-sizer").rubric().criterion("littles-law")
                .orElseThrow().hints();
        CapturedConsole first = CapturedConsole.piped("");

        GradeReport.Criterion before = new GraderGrading(first.session(workspace)).grade(files).criteria().get(0);

        assertEquals("littles-law", before.id());
        assertEquals(List.of(), before.hints());
        assertEquals("Lesson 05 - Pool sizing via Little's Law", before.lesson());
        assertEquals("Stuck? hint pool-sizer shows one.", before.nextHint());
        assertEquals(ExitCode.OK, new HintCommand().run(List.of("pool-sizer"), CapturedConsole.piped("").session(workspace)));
        CapturedConsole second = CapturedConsole.piped("");

        GradeReport report = new GraderGrading(second.session(workspace)).grade(files);
        ReportPrinter.print("Pool sizer", report, second.session(workspace).console());

        assertEquals(List.of(law.get(0)), report.criteria().get(0).hints());
        assertEquals("hint pool-sizer shows hint 2 of 3.", report.criteria().get(0).nextHint());
        String printed = second.out().replaceAll("\\s+", " ");
        assertTrue(printed.contains("hint 1: " + law.get(0).replaceAll("\\s+", " ")), printed);
        assertTrue(printed.contains("see Lesson 05 - Pool sizing via Little's Law"), printed);
        assertFalse(printed.contains(law.get(2)), printed);
        assertFalse(printed.contains("RoundingMode.CEILING"), printed);
    }
}
