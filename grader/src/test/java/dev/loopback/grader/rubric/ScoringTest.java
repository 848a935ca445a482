package dev.loopback.grader.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Rubric;
import dev.loopback.grader.rubric.TestOutcome.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static final Criterion LAW = new Criterion("law", "Little's Law", 60, "inFlight is rate x latency",
            "Multiply.", "Pool sizing via Little's Law", false);
    private static final Criterion PORTS = new Criterion("ports", "Ports", 40, "the ephemeral range",
            "32768..60999.", "What a new connection costs", true);
    private static final Rubric RUBRIC = new Rubric("x", 100, List.of(LAW, PORTS));

    private static TestOutcome passed(String tag) {
        return new TestOutcome(tag + "-ok", "T.ok", List.of(tag), Status.PASSED, null, List.of());
    }

    private static TestOutcome failed(String tag, String message) {
        return new TestOutcome(tag + "-" + message, "T.bad", List.of(tag), Status.FAILED, message, List.of());
    }

    @Test
    void allOrNothingCriteriaNeedEveryTest() {
        List<CriterionResult> results = Scoring.score(RUBRIC, List.of(passed("law"), failed("law", "rounded down"),
                passed("ports")));

        assertEquals(0, results.get(0).earned());
        assertFalse(results.get(0).passed());
        assertEquals("rounded down", results.get(0).feedback());
        assertEquals(40, results.get(1).earned());
    }

    @Test
    void proportionalCriteriaEarnTheirShareRoundedDown() {
        List<TestOutcome> outcomes = List.of(passed("law"), passed("ports"), failed("ports", "a"), failed("ports", "b"));

        CriterionResult ports = Scoring.score(RUBRIC, outcomes).get(1);

        assertEquals(13, ports.earned());
        assertEquals(1, ports.testsPassed());
        assertEquals(List.of("a", "b"), ports.failures());
    }

    @Test
    void aPassedCriterionSaysWhatItChecks() {
        CriterionResult law = Scoring.score(RUBRIC, List.of(passed("law"))).get(0);

        assertTrue(law.passed());
        assertEquals("inFlight is rate x latency", law.feedback());
    }

    @Test
    void aCriterionWithoutTestsEarnsNothingAndBlamesTheCourse() {
        CriterionResult ports = Scoring.score(RUBRIC, List.of(passed("law"))).get(1);

        assertEquals(0, ports.earned());
        assertTrue(ports.feedback().contains("course bug"));
    }

    @Test
    void testsThatWereNotRunDoNotCount() {
        TestOutcome notRun = new TestOutcome("n", "T.n", List.of("law"), Status.NOT_RUN, Outcomes.NOT_RUN, List.of());

        assertEquals(0, Scoring.score(RUBRIC, List.of(passed("law"), notRun)).get(0).earned());
    }
}
