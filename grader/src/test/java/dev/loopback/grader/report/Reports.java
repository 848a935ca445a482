package dev.loopback.grader.report;

import dev.loopback.grader.GradeResult;
import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.TestOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made results for the report tests. */
final class Reports {
    static final Path BASE = Path.of("/course").toAbsolutePath();
    private static final Criterion LAW = new Criterion("littles-law", "Little's Law", 30, "inFlight is rate x latency",
            "Multiply, then round up.", "Pool sizing via Little's Law", false);
    private static final Criterion FD = new Criterion("fd-ceiling", "File-descriptor ceiling", 70, "pools fit the fd limit",
            "Every connection holds a descriptor.", "The file-descriptor ceiling", false);

    private Reports() {}

    static GradeResult partial() {
        List<CriterionResult> criteria = List.of(
                new CriterionResult(LAW, 30, true, LAW.checks(), 3, 3, List.of(), List.of()),
                new CriterionResult(FD, 0, false, "10 x 100 + 500 fits in 1,500 descriptors: equal fits", 1, 2,
                        List.of("10 x 100 + 500 fits in 1,500 descriptors: equal fits"),
                        List.of("poolsizer.PoolSizer.fitsFdLimit(PoolSizer.java:31)")));
        return result(true, criteria, List.of(), false);
    }

    /** Fails a criterion with three hint levels: a nudge, a concrete pointer and the recipe. */
    static GradeResult leveled() {
        Criterion exact = new Criterion("exact-arithmetic", "Exact arithmetic", 70, "300 x 70 ms is exactly 21",
                List.of("NUDGE: work 300 x 70 ms out by hand.", "CONCRETE: a double cannot hold 0.07 exactly.",
                        "RECIPE: BigDecimal.valueOf(rate), RoundingMode.CEILING."),
                "Pool sizing via Little's Law", false);
        String message = "300 req/s x 70 ms gave 22 connections; expected 21.";
        return result(true, List.of(new CriterionResult(LAW, 30, true, LAW.checks(), 3, 3, List.of(), List.of()),
                new CriterionResult(exact, 0, false, message, 0, 1, List.of(message), List.of())), List.of(), false);
    }

    static GradeResult wordy() {
        Criterion fd = new Criterion("fd-ceiling", "File-descriptor ceiling", 70, "pools fit the fd limit",
                "Every pooled connection holds one descriptor, so ten upstreams of a hundred connections need a thousand.",
                "The file-descriptor ceiling", false);
        String message = "10 upstreams x 100 connections + 500 spare descriptors is exactly 1,500, which fits a limit of"
                + " 1,500: equal is enough, since the kernel refuses only the 1,501st open file.";
        return result(true, List.of(new CriterionResult(fd, 0, false, message, 1, 2, List.of(message), List.of())),
                List.of(), false);
    }

    static GradeResult pointing() {
        String message = "1,500 descriptors were counted as too few for 1,500. See Lesson 05 - The file-descriptor ceiling.";
        return result(true, List.of(new CriterionResult(FD, 0, false, message, 0, 1, List.of(message), List.of())),
                List.of(), false);
    }

    static GradeResult didNotCompile() {
        SourceDiagnostic error = new SourceDiagnostic(BASE.resolve("exercises/pool-sizer/src/main/java/poolsizer/PoolSizer.java"),
                12, 16, "ERROR", "';' expected", "        return x");
        List<CriterionResult> criteria = List.of(
                new CriterionResult(LAW, 0, false, "Not graded: your code did not compile.", 0, 0, List.of(), List.of()),
                new CriterionResult(FD, 0, false, "Not graded: your code did not compile.", 0, 0, List.of(), List.of()));
        return result(false, criteria, List.of(error), false);
    }

    static GradeResult verbose(GradeResult r) {
        return new GradeResult(r.exercise(), r.title(), r.lesson(), r.compiled(), r.score(), r.maxScore(), r.passMark(),
                r.passed(), r.durationMs(), r.criteria(), r.tests(), r.diagnostics(), r.apiProblems(), r.notes(),
                r.output(), r.base(), r.submittedAt(), true, null, r.seed());
    }

    /** The same result with these hidden-test outcomes and this printed output. */
    static GradeResult ran(GradeResult r, List<TestOutcome> tests, String output) {
        return new GradeResult(r.exercise(), r.title(), r.lesson(), r.compiled(), r.score(), r.maxScore(), r.passMark(),
                r.passed(), r.durationMs(), r.criteria(), tests, r.diagnostics(), r.apiProblems(), r.notes(),
                output, r.base(), r.submittedAt(), r.verbose(), null, r.seed());
    }

    /** One outcome per test the criteria counted (passed, then failed with the criterion's feedback), as a run makes. */
    static List<TestOutcome> outcomes(List<CriterionResult> criteria) {
        List<TestOutcome> tests = new ArrayList<>();
        for (CriterionResult c : criteria) {
            for (int i = 0; i < c.testsTotal(); i++) {
                boolean passed = i < c.testsPassed();
                tests.add(new TestOutcome(c.id() + i, "T." + c.id() + i, List.of(c.id()),
                        passed ? TestOutcome.Status.PASSED : TestOutcome.Status.FAILED, passed ? null : c.feedback(),
                        List.of()));
            }
        }
        return tests;
    }

    private static GradeResult result(boolean compiled, List<CriterionResult> criteria, List<SourceDiagnostic> diagnostics,
            boolean verbose) {
        int score = criteria.stream().mapToInt(CriterionResult::earned).sum();
        return new GradeResult("pool-sizer", "Pool sizer", "05", compiled, score, 100, 100, false, 1234, criteria,
                outcomes(criteria), diagnostics, List.of(), List.of(), "", BASE, Instant.parse("2026-11-25T20:00:00Z"), verbose, null, 7L);
    }
}
