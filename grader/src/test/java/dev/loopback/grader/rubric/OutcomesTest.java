package dev.loopback.grader.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Limits;
import dev.loopback.grader.exercise.Rubric;
import dev.loopback.grader.rubric.TestOutcome.Status;
import dev.loopback.grader.sandbox.CapturedOutput;
import dev.loopback.grader.sandbox.SandboxRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomesTest {
    private static final CapturedOutput QUIET = new CapturedOutput("", "", 0);
    private static final String CLASS = "[engine:junit-jupiter]/[class:p.ATest]";
    private static final LessonLink LINK = new LessonLink("05", java.util.Set.of());

    private static RunEvents events(String... lines) {
        RunEvents events = new RunEvents(test -> { });
        for (String line : lines) {
            events.accept(line);
        }
        return events;
    }

    private static String plan(String method, String tag) {
        return "{\"e\":\"plan\",\"id\":\"" + CLASS + "/[method:" + method + "()]\",\"parent\":\"" + CLASS
                + "\",\"name\":\"ATest." + method + "\",\"tags\":[\"" + tag + "\"]}";
    }

    private static String event(String kind, String method, String status) {
        return "{\"e\":\"" + kind + "\",\"id\":\"" + CLASS + "/[method:" + method + "()]\",\"parent\":\"" + CLASS + "\""
                + (status == null ? "" : ",\"status\":\"" + status + "\"") + "}";
    }

    @Test
    void aFailedTestClassFailsTheTestsItNeverStarted() {
        RunEvents events = events(plan("a", "x"), plan("b", "x"),
                "{\"e\":\"end\",\"id\":\"" + CLASS + "\",\"parent\":\"[engine:junit-jupiter]\",\"status\":\"FAILED\","
                        + "\"exception\":\"java.lang.IllegalStateException\",\"message\":\"no upstream\"}",
                "{\"e\":\"done\"}");

        List<TestOutcome> outcomes = Outcomes.of(events, new SandboxRun.Completed(Path.of("r"), QUIET), Limits.DEFAULT, LINK);

        assertEquals(List.of(Status.FAILED, Status.FAILED), outcomes.stream().map(TestOutcome::status).toList());
        assertEquals("Your code threw IllegalStateException: no upstream. Check how your code handles this input.",
                outcomes.get(0).message());
    }

    @Test
    void whenTheJvmEndsTheRunningTestEndsWithItAndTheRestAreNotRun() {
        RunEvents events = events(plan("a", "x"), plan("b", "x"), plan("c", "y"),
                event("start", "a", null), event("end", "a", "SUCCESSFUL"), event("start", "b", null));

        List<TestOutcome> outcomes = Outcomes.of(events, new SandboxRun.Crashed(Path.of("r"), QUIET, 3), Limits.DEFAULT, LINK);

        assertEquals(List.of(Status.PASSED, Status.ENDED, Status.NOT_RUN), outcomes.stream().map(TestOutcome::status).toList());
        assertEquals(true, outcomes.get(1).message().startsWith("Your code ended the JVM while this test ran (exit status 3"));
    }

    /**
     * A timed-out test fails its all-or-nothing criterion, so that criterion's unfinished tests are settled as not run
     * (the sandbox that continues skips them); a proportional criterion's tests and other criteria's still run.
     */
    @Test
    void afterATimeoutOnlyTheRestOfItsAllOrNothingCriterionIsSettled() {
        Rubric rubric = new Rubric("p", 100, List.of(
                new Criterion("x", "X", 50, "x works", "hint", "s", false),
                new Criterion("y", "Y", 30, "y works", "hint", "s", true),
                new Criterion("z", "Z", 20, "z works", "hint", "s", false)));
        RunEvents events = events(plan("a", "x"), plan("b", "x"), plan("c", "y"), plan("d", "y"), plan("e", "z"),
                event("start", "c", null),
                "{\"e\":\"end\",\"id\":\"" + CLASS + "/[method:c()]\",\"parent\":\"" + CLASS + "\",\"status\":\"FAILED\","
                        + "\"exception\":\"java.util.concurrent.TimeoutException\",\"message\":\"c() timed out after 3 seconds\"}",
                "{\"e\":\"limit\",\"kind\":\"test-timeout\",\"value\":3}",
                event("start", "a", null),
                "{\"e\":\"end\",\"id\":\"" + CLASS + "/[method:a()]\",\"parent\":\"" + CLASS + "\",\"status\":\"FAILED\","
                        + "\"exception\":\"java.util.concurrent.TimeoutException\",\"message\":\"a() timed out after 3 seconds\"}",
                "{\"e\":\"limit\",\"kind\":\"test-timeout\",\"value\":3}");

        java.util.Set<String> skip = events.settleFailedCriteria(rubric);

        assertEquals(java.util.Set.of(CLASS + "/[method:a()]", CLASS + "/[method:b()]", CLASS + "/[method:c()]"), skip,
                "a and c finished; b belongs to x, which a's timeout failed; d (proportional y) and e (z) still run");
        assertEquals(true, events.anyUnfinished());
        List<TestOutcome> outcomes = Outcomes.of(events, new SandboxRun.Crashed(Path.of("r"), QUIET, 72), Limits.DEFAULT, LINK);
        assertEquals(List.of(Status.FAILED, Status.NOT_RUN, Status.FAILED, Status.NOT_RUN, Status.NOT_RUN),
                outcomes.stream().map(TestOutcome::status).toList());
        assertEquals("Not run: this criterion had already failed, ATest.a timed out.", outcomes.get(1).message());
        assertEquals(Outcomes.NOT_RUN, outcomes.get(3).message());
    }

    @Test
    void aFailedInvocationFailsTheParameterisedTestThatOwnsIt() {
        String invocation = CLASS + "/[test-template:a()]/[test-template-invocation:#2]";
        RunEvents events = events(plan("a", "x"), event("start", "a", null),
                "{\"e\":\"start\",\"id\":\"" + invocation + "\",\"parent\":\"" + CLASS + "/[method:a()]\"}",
                "{\"e\":\"end\",\"id\":\"" + invocation + "\",\"parent\":\"" + CLASS + "/[method:a()]\",\"status\":\"FAILED\","
                        + "\"exception\":\"org.opentest4j.AssertionFailedError\",\"message\":\"port 80 is not ephemeral\"}",
                event("end", "a", "SUCCESSFUL"), "{\"e\":\"done\"}");

        TestOutcome outcome = Outcomes.of(events, new SandboxRun.Completed(Path.of("r"), QUIET), Limits.DEFAULT, LINK).get(0);

        assertEquals(Status.FAILED, outcome.status());
        assertEquals("port 80 is not ephemeral", outcome.message());
    }

    @Test
    void aSandboxThatNeverRanATestIsNotBlamedOnTheLearner() {
        SandboxRun run = new SandboxRun.Crashed(Path.of("r"), new CapturedOutput("", "bwrap: Can't mount proc\n", 0), 1);

        String why = Outcomes.cutShort(events(), run, Limits.DEFAULT);

        assertEquals("The sandbox JVM ended before it ran any test (exit status 1). This is a problem with the grader on "
                + "this machine, not with your code: bwrap: Can't mount proc", why);
    }

    /**
     * The agent names a learner class whose static initializer a timed-out test was stuck in: the test's verdict says
     * so, the sandbox that continues is told the class; names that are not Java class names, and more than 16, are
     * dropped (a sealed line still carries only what the agent wrote, but nothing unbounded goes on).
     */
    @Test
    void aStuckStaticInitializerIsNamedInTheVerdictAndPassedOnBounded() {
        List<String> lines = new java.util.ArrayList<>(List.of(plan("a", "x"), event("start", "a", null),
                "{\"e\":\"end\",\"id\":\"" + CLASS + "/[method:a()]\",\"parent\":\"" + CLASS + "\",\"status\":\"FAILED\","
                        + "\"exception\":\"java.util.concurrent.TimeoutException\",\"message\":\"a() timed out after 3 seconds\"}",
                "{\"e\":\"stuck-initializer\",\"class\":\"p.Range$Inner\"}",
                "{\"e\":\"stuck-initializer\",\"class\":\"../../etc/passwd\"}",
                "{\"e\":\"stuck-initializer\",\"class\":\"p.A\\nB\"}",
                "{\"e\":\"stuck-initializer\",\"class\":\"" + "x".repeat(301) + "\"}"));
        for (int i = 0; i < 20; i++) {
            lines.add("{\"e\":\"stuck-initializer\",\"class\":\"p.C" + i + "\"}");
        }
        lines.add("{\"e\":\"limit\",\"kind\":\"test-timeout\",\"value\":3}");
        RunEvents events = events(lines.toArray(String[]::new));

        List<TestOutcome> outcomes = Outcomes.of(events, new SandboxRun.Crashed(Path.of("r"), QUIET, 72), Limits.DEFAULT, LINK);

        assertEquals(16, events.stuckInitializers().size(), events.stuckInitializers()::toString);
        assertEquals(true, events.stuckInitializers().contains("p.Range$Inner"));
        assertEquals(true, events.stuckInitializers().stream().noneMatch(n -> n.contains("/") || n.contains("\n")));
        assertEquals(true, outcomes.get(0).message().startsWith("Did not finish within " + Limits.DEFAULT.perTestSeconds()
                + " s: it was still in the static initializer of Range.Inner"), outcomes.get(0).message());
    }
}
