package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.guide.Scores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitCommandTest {
    @TempDir
    Path home;

    @Test
    void aPassingSubmissionExitsZeroAndJsonModePrintsOneObjectOnly() throws Exception {
        GradingFixture fixture = new GradingFixture(home, "solution");

        int status = fixture.run(new SubmitCommand(), "sample", "--json");

        assertEquals(ExitCode.OK, status, fixture.err.toString());
        JsonNode json = new ObjectMapper().readTree(fixture.out.toString());
        assertEquals(100, json.path("score").asInt());
        assertTrue(json.path("passed").asBoolean());
        assertEquals(fixture.out.toString().strip(), json.toString(), "nothing but the JSON object on stdout");
    }

    @Test
    void progressGoesToTheErrorStreamCriterionByCriterion() {
        GradingFixture fixture = new GradingFixture(home, "solution");

        fixture.run(new SubmitCommand(), "sample");

        String progress = fixture.err.toString();
        assertTrue(progress.contains("Compiling sample..."), progress);
        assertTrue(progress.contains("PASS  In flight (2/2 tests)"), progress);
        assertTrue(progress.contains("PASS  Ephemeral ports (2/2 tests)"), progress);
        assertTrue(fixture.out.toString().contains("Score 100/100 - PASSED"), fixture.out.toString());
    }

    @Test
    void theStubDoesNotPassAndExitsOne() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        assertEquals(ExitCode.FAILED, fixture.run(new SubmitCommand(), "sample"));
    }

    @Test
    void anUnknownExerciseOrOptionIsAUsageError() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        assertEquals(ExitCode.USAGE, fixture.run(new SubmitCommand(), "no-such-exercise"));
        assertEquals(ExitCode.USAGE, fixture.run(new SubmitCommand(), "sample", "--fast"));
        assertEquals(ExitCode.USAGE, fixture.run(new SubmitCommand()));
        assertTrue(fixture.err.toString().contains("There is no exercise 'no-such-exercise'. Exercises: sample"));
    }

    @Test
    void gradescopeFormatIsGradescopesResultsJson() throws Exception {
        GradingFixture fixture = new GradingFixture(home, "solution");

        fixture.run(new SubmitCommand(), "sample", "--format", "gradescope");

        assertEquals(100, new ObjectMapper().readTree(fixture.out.toString()).path("max_score").asInt());
    }

    @Test
    void theBestScoreReachesTheRunnersProgressViews() {
        GradingFixture fixture = new GradingFixture(home, "solution");

        fixture.run(new SubmitCommand(), "sample");

        assertEquals("passed (best 100)", Scores.of(fixture.session).describe("sample"));
        assertEquals("not submitted yet", Scores.of(fixture.session).describe("pool-sizer"));
    }
}
