package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.rubric.CriterionResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraderTest {
    @TempDir
    Path state;

    private GradeResult grade(Path sources) {
        return new Grader(SampleCourse.workspace(state)).grade("sample", sources, GradeOptions.DEFAULT, ProgressListener.NONE);
    }

    @Test
    void theReferenceSolutionEarnsFullMarksAndPasses() {
        GradeResult result = grade(SampleCourse.solution());

        assertEquals(100, result.score());
        assertTrue(result.passed());
        assertTrue(result.compiled());
    }

    @Test
    void thePristineStubEarnsNothing() {
        GradeResult result = grade(SampleCourse.stub());

        assertEquals(0, result.score());
        assertFalse(result.passed());
        assertTrue(result.criteria().get(0).feedback().contains("UnsupportedOperationException"),
                result.criteria().get(0).feedback());
    }

    @Test
    void aWrongAnswerLosesExactlyTheCriteriaItBreaks(@TempDir Path learner) {
        String truncating = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) { return perSecond * millis / 1000; }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port <= 60999; }
                }
                """;
        GradeResult result = grade(SampleCourse.sources(learner, Map.of("sample/Sizing.java", truncating)));

        List<CriterionResult> criteria = result.criteria();
        assertEquals(List.of(0, 40), criteria.stream().map(CriterionResult::earned).toList());
        assertEquals("30 requests/s at 50 ms is 1.5 in flight: round up to 2 connections (expected 2, got 1)",
                criteria.get(0).feedback());
    }

    @Test
    void proportionalCriteriaEarnTheirShareOfPassingTests(@TempDir Path learner) {
        String everythingEphemeral = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) { return (int) Math.ceil(perSecond * millis / 1000.0); }
                    public static boolean isEphemeral(int port) { return true; }
                }
                """;
        GradeResult result = grade(SampleCourse.sources(learner, Map.of("sample/Sizing.java", everythingEphemeral)));

        assertEquals(60 + 20, result.score());
    }
}
