package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.Fixtures;
import dev.loopback.runner.command.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Path REAL_COURSE = Path.of("../course").toAbsolutePath().normalize();

    @TempDir
    Path home;

    @Test
    void aValidExerciseIsReportedOkOnStdoutWithProgressOnStderr() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        int status = fixture.run(new ValidateCommand(), "sample", "--runs", "1");

        assertTrue(Fixtures.unwrapped(fixture.out).startsWith("OK    sample: rubric, test mapping, lesson links, stub baseline, "
                + "reference 100 x 1"), fixture.out + "\n" + fixture.err);
        assertTrue(fixture.err.toString().contains("sample: grading the reference solution, run 1 of 1"));
        assertEquals(ExitCode.OK, status);
    }

    @Test
    void aBadOptionOrExerciseIsAUsageError() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        assertEquals(ExitCode.USAGE, fixture.run(new ValidateCommand(), "--runs", "many"));
        assertEquals(ExitCode.USAGE, fixture.run(new ValidateCommand(), "no-such-exercise"));
    }

    @Test
    void aCtrlCStopsBeforeAnyGradingAndLeavesTheCancelledMessageToTheShell() {
        GradingFixture fixture = new GradingFixture(home, "stub");
        Thread.currentThread().interrupt();

        int status = fixture.run(new ValidateCommand(), "sample", "--runs", "3");

        assertTrue(Thread.interrupted());
        assertEquals(ExitCode.FAILED, status);
        assertEquals("", fixture.out.toString());
        assertFalse(fixture.err.toString().contains("reference solution, run 1"), fixture.err.toString());
    }

    @Test
    void withoutAnExerciseTheCourseItselfIsCheckedFirst() {
        GradingFixture.copy(REAL_COURSE, home.resolve("course"));
        GradingFixture fixture = new GradingFixture(home, "stub", home.resolve("course"));

        int status = fixture.run(new ValidateCommand(), "--runs", "1");

        assertTrue(fixture.out.toString().startsWith("OK    course: manifest, 1 lesson, quick check 05, drill 05\n"),
                fixture.out.toString());
        assertEquals(ExitCode.OK, status, fixture.out + "\n" + fixture.err);
    }

    @Test
    void aBrokenDrillFileIsNamedByFileAndLineAndFailsTheRun() throws IOException {
        GradingFixture.copy(REAL_COURSE, home.resolve("course"));
        Path drill = home.resolve("course/drills/05-cold-start.md");
        Files.writeString(drill, Files.readString(drill).replace("# Drill: explain a slow cold start", "# A slow cold start"));
        GradingFixture fixture = new GradingFixture(home, "stub", home.resolve("course"));

        int status = fixture.run(new ValidateCommand(), "--runs", "1");

        assertTrue(fixture.out.toString().startsWith("FAIL  course:\n      - course/drills/05-cold-start.md:1: "),
                fixture.out.toString());
        assertEquals(ExitCode.FAILED, status);
    }
}
