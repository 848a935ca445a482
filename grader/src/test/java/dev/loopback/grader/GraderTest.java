package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.TestOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
    void verboseKeepsTheLearnersOwnFramesAndNoneOfTheTests() {
        GradeResult result = new Grader(SampleCourse.workspace(state))
                .grade("sample", SampleCourse.stub(), new GradeOptions(true, false), ProgressListener.NONE);

        List<String> frames = result.criteria().get(0).frames();
        assertTrue(frames.get(0).startsWith("sample.Sizing.inFlight(Sizing.java:"), frames.toString());
        assertTrue(frames.stream().noneMatch(f -> f.contains("Test")), frames.toString());
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
        assertEquals("30 requests/s at 50 ms is 1.5 in flight: round up to 2 connections. Expected 2, got 1.",
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

    @Test
    void aCompileErrorScoresNothingAndLeavesNoSandboxBehind(@TempDir Path learner) {
        String broken = """
                package sample;
                public final class Sizing {
                    public static int inFlight(int perSecond, int millis) { return perSecond * millis / 1000 }
                }
                """;
        GradeResult result = grade(SampleCourse.sources(learner, Map.of("sample/Sizing.java", broken)));

        assertFalse(result.compiled());
        assertEquals(0, result.score());
        assertEquals("';' expected", result.diagnostics().get(0).message());
        assertEquals(List.of(), sandboxes(), "the waiting sandbox JVM was ended");
    }

    @Test
    void aChangedSignatureIsReportedByNameBeforeAnyTestRuns(@TempDir Path learner) {
        String changed = """
                package sample;
                public final class Sizing {
                    public static long inFlight(long perSecond, int millis) { return perSecond * millis / 1000; }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port <= 60999; }
                }
                """;
        GradeResult result = grade(SampleCourse.sources(learner, Map.of("sample/Sizing.java", changed)));

        assertEquals(List.of("Sizing.inFlight(int, int) is missing - keep the stub's signatures"), result.apiProblems());
        assertEquals(0, result.score());
        assertTrue(result.tests().isEmpty());
    }

    @Test
    void learnerThreadsThatNeverEndLeaveNoProcessBehind() {
        Path keeper = Path.of("src/test/resources/scenarios/sample/robust-non-daemon-thread/src").toAbsolutePath();

        GradeResult result = grade(keeper);

        assertEquals(100, result.score());
        assertEquals(List.of(), sandboxes());
    }

    @Test
    void afterATestTimesOutTheRestRunInAFreshSandboxWithTheSameResults() {
        Path looping = Path.of("src/test/resources/scenarios/sample/robust-infinite-loop/src").toAbsolutePath();

        GradeResult result = grade(looping);

        assertEquals(40, result.score(), "the ports tests still pass after the in-flight test timed out");
        assertTrue(result.tests().stream().allMatch(t -> t.status() == TestOutcome.Status.PASSED
                || t.message().startsWith("Did not finish within")
                || t.message().startsWith("Not run: this criterion had already failed, InFlightTest.roundsUp timed out")),
                () -> "every test got its own verdict, or was not run because its criterion had already failed: "
                        + result.tests());
        assertTrue(result.notes().stream().noneMatch(n -> n.contains("ended the JVM")), result.notes().toString());
        assertEquals(List.of(), sandboxes());
    }

    /**
     * Both in-flight tests would loop: once the first has timed out, the all-or-nothing criterion has failed, so the
     * second is not run (it would wait out its own timeout too); the proportional ports tests still run and pass.
     */
    @Test
    void afterATimeoutTheRestOfAnAllOrNothingCriterionIsNotRun(@TempDir Path learner) {
        String spinning = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) {
                        while (Boolean.parseBoolean("true")) { Thread.onSpinWait(); }
                        return 0;
                    }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port <= 60999; }
                }
                """;
        GradeResult result = grade(SampleCourse.sources(learner, Map.of("sample/Sizing.java", spinning)));

        assertEquals(List.of(0, 40), result.criteria().stream().map(CriterionResult::earned).toList());
        List<TestOutcome> inFlight = result.tests().stream().filter(t -> t.tags().contains("in-flight")).toList();
        assertEquals(List.of(TestOutcome.Status.FAILED, TestOutcome.Status.NOT_RUN),
                inFlight.stream().map(TestOutcome::status).sorted().toList(), inFlight::toString);
        TestOutcome timedOut = inFlight.stream().filter(t -> t.status() == TestOutcome.Status.FAILED).findFirst().orElseThrow();
        TestOutcome notRun = inFlight.stream().filter(t -> t.status() == TestOutcome.Status.NOT_RUN).findFirst().orElseThrow();
        assertTrue(timedOut.message().startsWith("Did not finish within 3 s"), timedOut.message());
        assertEquals("Not run: this criterion had already failed, " + timedOut.name() + " timed out.", notRun.message());
    }

    /**
     * A static initializer that never finishes: the first test that reaches it waits out its whole per-test limit;
     * after that, in the sandbox that continues the submission, a test that reaches the same initializer is stopped at
     * once and says why, while a test that never uses the class still passes. Both kinds of verdict say which class.
     */
    @Test
    void aStaticInitializerThatRanOutItsLimitStopsLaterTestsThatReachItAtOnce(@TempDir Path learner) {
        String sizing = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) { return Range.LOW; }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port >= Range.LOW; }
                }
                """;
        String range = """
                package sample;
                final class Range {
                    static final int LOW;
                    static {
                        while (Boolean.parseBoolean("true")) { Thread.onSpinWait(); }
                        LOW = 32768;
                    }
                    private Range() {}
                }
                """;
        AtomicInteger started = new AtomicInteger();
        GradeResult result = SampleCourse.gradeCountingSandboxes(state,
                SampleCourse.sources(learner, Map.of("sample/Sizing.java", sizing, "sample/Range.java", range)), started);

        Map<String, TestOutcome> byName = new java.util.HashMap<>();
        result.tests().forEach(t -> byName.put(t.name(), t));
        assertEquals(TestOutcome.Status.PASSED, byName.get("PortsTest.belowTheRange").status(),
                "port 8080 never reaches Range: " + result.tests());
        assertEquals(20, result.score(), result.tests()::toString);
        List<String> messages = result.tests().stream().map(TestOutcome::message).filter(m -> m != null).toList();
        assertEquals(1, messages.stream().filter(m -> m.startsWith(
                "Did not finish within 3 s: it was still in the static initializer of Range")).count(), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(
                "Stopped as soon as it reached the static initializer of Range, which ran for 3 s without finishing")),
                messages::toString);
        assertTrue(started.get() >= 2, "the rest went on in a fresh sandbox: " + started.get());
        assertEquals(List.of(), sandboxes());
    }

    /**
     * Exit status 73 means a spare's rehearsal spoiled its JVM before the go line, and the submission then runs in a
     * fresh sandbox; code that ends the JVM with 73 itself gets no second run (nor twice the wall clock): it ended
     * the JVM like any other status.
     */
    @Test
    void codeThatExitsWithTheRehearsalStatusIsNotRunAgain(@TempDir Path learner) {
        String exiting = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) { System.exit(73); return 0; }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port <= 60999; }
                }
                """;
        AtomicInteger started = new AtomicInteger();
        GradeResult result = SampleCourse.gradeCountingSandboxes(state,
                SampleCourse.sources(learner, Map.of("sample/Sizing.java", exiting)), started);

        assertEquals(1, started.get(), "one sandbox for the submission, no rerun");
        assertTrue(result.tests().stream().anyMatch(t -> t.message() != null && t.message().contains("exit status 73")), result.tests()::toString);
    }

    /**
     * Exit status 72 is how the agent ends a JVM after a test passed its per-test timeout, and the rest then go on in a
     * fresh sandbox; the agent reports that timeout on its sealed channel first. Code that exits with 72 itself reports
     * nothing: it ended the JVM like any other status, and is not restarted until the wall clock runs out.
     */
    @Test
    void codeThatExitsWithTheTimeoutStatusIsNotContinuedInFreshSandboxes(@TempDir Path learner) {
        String exiting = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) { System.exit(72); return 0; }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port <= 60999; }
                }
                """;
        AtomicInteger started = new AtomicInteger();
        GradeResult result = SampleCourse.gradeCountingSandboxes(state,
                SampleCourse.sources(learner, Map.of("sample/Sizing.java", exiting)), started);

        assertEquals(1, started.get(), "one sandbox for the submission, no continuation");
        assertTrue(result.tests().stream().anyMatch(t -> t.message() != null && t.message().contains("exit status 72")),
                result.tests()::toString);
    }

    private static List<String> sandboxes() {
        return SampleCourse.sandboxAgents();
    }
}
