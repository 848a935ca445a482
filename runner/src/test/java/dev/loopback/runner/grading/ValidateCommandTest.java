package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.command.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path home;

    @Test
    void aValidExerciseIsReportedOkOnStdoutWithProgressOnStderr() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        int status = fixture.run(new ValidateCommand(), "sample", "--runs", "1");

        assertTrue(fixture.out.toString().startsWith("OK    sample: rubric, test mapping, lesson links, stub baseline, "
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
}
