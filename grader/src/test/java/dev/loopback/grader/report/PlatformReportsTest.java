package dev.loopback.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.TestOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Gradescope's and Exercism's results.json, field by field against their specifications (Gradescope's autograder
 * "Output format" and "Output String Formatting"; Exercism's test-runner interface, version 3).
 */
class PlatformReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Criterion LAW = new Criterion("littles-law", "Little's Law", 30, "inFlight is rate x latency",
            "Multiply, then round up.", "Pool sizing via Little's Law", false);
    private static final Criterion FD = new Criterion("fd-ceiling", "File-descriptor ceiling", 70, "pools fit the fd limit",
            "Every connection holds a descriptor.", "The file-descriptor ceiling", false);
    private static final String ENDED = "Your code ended the JVM while this test ran (exit status 3; System.exit or "
            + "Runtime.halt?), so the remaining tests could not run.";

    @Test
    void aPassingRunIsPassEverywhere() throws Exception {
        GradeResult passing = result(true, List.of(
                new CriterionResult(LAW, 30, true, LAW.checks(), 2, 2, List.of(), List.of()),
                new CriterionResult(FD, 70, true, FD.checks(), 1, 1, List.of(), List.of())), List.of(), null, "");

        JsonNode exercism = JSON.readTree(ExercismReport.render(passing));
        JsonNode gradescope = JSON.readTree(GradescopeReport.render(passing));

        assertEquals("pass", exercism.path("status").asText());
        assertFalse(exercism.has("message"), "no message unless status is error");
        assertEquals(List.of("pass", "pass"), statuses(exercism));
        assertEquals(Set.of("name", "status", "test_code", "task_id"), fields(exercism.path("tests").get(0)));
        assertEquals(100, gradescope.path("score").asInt());
        assertEquals("Score 100/100 - passed (pass mark 100)", gradescope.path("output").asText());
        assertEquals("md", gradescope.path("output_format").asText());
        assertEquals("text", gradescope.path("test_output_format").asText());
        assertEquals(List.of("passed", "passed"), statuses(gradescope));
        assertEquals(1.234, gradescope.path("execution_time").asDouble(), "seconds, not rounded to whole ones");
        assertEquals("pool-sizer", gradescope.path("extra_data").path("exercise").asText());
        assertEquals(7, gradescope.path("extra_data").path("seed").asLong());
    }

    @Test
    void aFailingRunIsFailWithTheFullFeedbackAndTaskIds() throws Exception {
        GradeResult failing = Reports.partial();

        JsonNode exercism = JSON.readTree(ExercismReport.render(failing));
        JsonNode gradescope = JSON.readTree(GradescopeReport.render(failing));

        assertEquals("fail", exercism.path("status").asText());
        assertEquals(List.of("pass", "fail"), statuses(exercism));
        assertEquals(List.of(1, 2), List.of(exercism.path("tests").get(0).path("task_id").asInt(),
                exercism.path("tests").get(1).path("task_id").asInt()));
        String expected = "10 x 100 + 500 fits in 1,500 descriptors: equal fits\nHint: Every connection holds a "
                + "descriptor.\nSee Lesson 05 - The file-descriptor ceiling";
        assertEquals(expected, exercism.path("tests").get(1).path("message").asText());
        assertEquals(expected, gradescope.path("tests").get(1).path("output").asText());
        assertEquals(30, gradescope.path("score").asInt());
        assertTrue(gradescope.path("score").isInt(), "scores are the rubric's whole points");
        assertEquals("Score 30/100 - not passed yet (pass mark 100)", gradescope.path("output").asText());
        assertEquals(List.of("passed", "failed"), statuses(gradescope));
    }

    @Test
    void aCompileErrorKeepsItsGenericsAndCaretInBothFormats() throws Exception {
        SourceDiagnostic error = new SourceDiagnostic(Reports.BASE.resolve(
                "exercises/pool-sizer/src/main/java/poolsizer/PoolSizer.java"), 9, 21, "ERROR",
                "incompatible types: List<String> cannot be converted to int", "        int total = names;");
        GradeResult broken = result(false, notGraded("Not graded: your code did not compile."), List.of(error), null, "");
        String diagnostics = "Your code did not compile:\n\n"
                + "exercises/pool-sizer/src/main/java/poolsizer/PoolSizer.java:9:21: error: incompatible types: "
                + "List<String> cannot be converted to int\n"
                + "        int total = names;\n"
                + "                    ^";

        JsonNode gradescope = JSON.readTree(GradescopeReport.render(broken));
        JsonNode exercism = JSON.readTree(ExercismReport.render(broken));

        assertEquals("md", gradescope.path("output_format").asText());
        assertEquals("Score 0/100 - not passed yet (pass mark 100)\n\n```text\n" + diagnostics + "\n```",
                gradescope.path("output").asText());
        assertEquals("error", exercism.path("status").asText());
        assertEquals(diagnostics, exercism.path("message").asText());
        assertEquals(List.of("error", "error"), statuses(exercism));
    }

    @Test
    void aPolicyRefusalIsReportedLikeACompileError() throws Exception {
        SourceDiagnostic refusal = new SourceDiagnostic(Reports.BASE.resolve(
                "exercises/pool-sizer/src/main/java/poolsizer/PoolSizer.java"), 12, 30, "ERROR",
                "not allowed in graded code: Runtime.halt(int) (policy: processes)", "        Runtime.getRuntime().halt(1);");
        GradeResult refused = result(true, notGraded("Not graded: your code uses something graded code may not."),
                List.of(refusal), null, "");

        JsonNode gradescope = JSON.readTree(GradescopeReport.render(refused));
        JsonNode exercism = JSON.readTree(ExercismReport.render(refused));

        assertTrue(gradescope.path("output").asText().contains("```text\nYour code compiled, but the grader will not run "
                + "it:\n\nexercises/pool-sizer/src/main/java/poolsizer/PoolSizer.java:12:30: error: not allowed"),
                gradescope.path("output").asText());
        assertEquals("error", exercism.path("status").asText());
        assertTrue(exercism.path("message").asText().contains("Runtime.halt(int) (policy: processes)\n"
                + "        Runtime.getRuntime().halt(1);\n                             ^"), exercism.path("message").asText());
    }

    @Test
    void codeThatEndsTheJvmUnderTheFirstTestIsAnExercismErrorThatSaysSo() throws Exception {
        List<CriterionResult> criteria = List.of(
                new CriterionResult(LAW, 0, false, ENDED, 0, 1, List.of(ENDED), List.of()),
                new CriterionResult(FD, 0, false, "Not run: the test run ended before this test started.", 0, 1,
                        List.of("Not run: the test run ended before this test started."), List.of()));
        List<TestOutcome> tests = List.of(
                new TestOutcome("a", "T.a", List.of("littles-law"), TestOutcome.Status.ENDED, ENDED, List.of()),
                new TestOutcome("b", "T.b", List.of("fd-ceiling"), TestOutcome.Status.NOT_RUN, "Not run", List.of()));

        JsonNode exercism = JSON.readTree(ExercismReport.render(result(true, criteria, List.of(), tests, "")));

        assertEquals("error", exercism.path("status").asText());
        assertEquals(ENDED, exercism.path("message").asText());
        assertEquals(List.of("error", "error"), statuses(exercism));
    }

    @Test
    void codeThatEndsTheJvmLaterMakesThatTestAnErrorAndKeepsEarlierVerdicts() throws Exception {
        List<CriterionResult> criteria = List.of(
                new CriterionResult(LAW, 30, true, LAW.checks(), 1, 1, List.of(), List.of()),
                new CriterionResult(FD, 0, false, ENDED, 0, 1, List.of(ENDED), List.of()));
        List<TestOutcome> tests = List.of(
                new TestOutcome("a", "T.a", List.of("littles-law"), TestOutcome.Status.PASSED, null, List.of()),
                new TestOutcome("b", "T.b", List.of("fd-ceiling"), TestOutcome.Status.ENDED, ENDED, List.of()));

        JsonNode exercism = JSON.readTree(ExercismReport.render(result(true, criteria, List.of(), tests, "")));

        assertEquals("fail", exercism.path("status").asText(), "a test ran, so the run as a whole is not an error");
        assertEquals(List.of("pass", "error"), statuses(exercism));
        assertTrue(exercism.path("tests").get(1).path("message").asText().startsWith(ENDED),
                exercism.path("tests").get(1).path("message").asText());
    }

    @Test
    void whatTheCodePrintedIsCarriedAndBoundedForExercism() throws Exception {
        String printed = "debug: pool of 125\n" + "x".repeat(2_000);
        GradeResult failing = Reports.ran(Reports.partial(), Reports.partial().tests(), printed);

        JsonNode exercism = JSON.readTree(ExercismReport.render(failing));
        JsonNode gradescope = JSON.readTree(GradescopeReport.render(failing));

        String output = exercism.path("tests").get(1).path("output").asText();
        assertEquals(ExercismReport.OUTPUT_LIMIT, output.length());
        assertTrue(output.startsWith("debug: pool of 125\nxxx"), output);
        assertTrue(output.endsWith("\nOutput was truncated. Please limit to 500 chars"), output);
        assertFalse(exercism.path("tests").get(0).has("output"), "a passed criterion has no failure to debug");
        assertTrue(gradescope.path("tests").get(1).path("output").asText().endsWith(
                "What your code printed (the whole run: the hidden tests share one JVM):\n" + printed),
                gradescope.path("tests").get(1).path("output").asText());
    }

    @Test
    void shortPrintedOutputIsCarriedWhole() throws Exception {
        GradeResult failing = Reports.ran(Reports.partial(), Reports.partial().tests(), "pool 125\n");

        JsonNode exercism = JSON.readTree(ExercismReport.render(failing));

        assertEquals("pool 125", exercism.path("tests").get(1).path("output").asText());
    }

    @Test
    void severalExercisesCombineIntoOneResultsFileOfTheSameShape() throws Exception {
        String law = GradescopeReport.render(Reports.partial());
        String broken = GradescopeReport.ungraded("fd-leak", "the grader could not grade it", 100, 500);

        JsonNode both = JSON.readTree(GradescopeReport.combine(new java.util.LinkedHashMap<>(java.util.Map.of(
                "pool-sizer", law))));
        assertEquals(JSON.readTree(law), both, "one exercise: exactly submit's results");

        java.util.LinkedHashMap<String, String> two = new java.util.LinkedHashMap<>();
        two.put("pool-sizer", law);
        two.put("fd-leak", broken);
        JsonNode combined = JSON.readTree(GradescopeReport.combine(two));

        assertEquals(30, combined.path("score").asInt());
        assertEquals(200, combined.path("max_score").asInt());
        assertEquals(1.734, combined.path("execution_time").asDouble(), 1e-9);
        assertEquals("md", combined.path("output_format").asText());
        assertEquals(List.of("pool-sizer: Little's Law", "pool-sizer: File-descriptor ceiling", "fd-leak: fd-leak"),
                combined.path("tests").findValuesAsText("name"));
        assertEquals(fields(JSON.readTree(law)), fields(combined));
        assertEquals(fields(JSON.readTree(law).path("tests").get(1)), fields(combined.path("tests").get(2)));
    }

    private static List<CriterionResult> notGraded(String reason) {
        return List.of(new CriterionResult(LAW, 0, false, reason, 0, 0, List.of(), List.of()),
                new CriterionResult(FD, 0, false, reason, 0, 0, List.of(), List.of()));
    }

    private static GradeResult result(boolean compiled, List<CriterionResult> criteria, List<SourceDiagnostic> diagnostics,
            List<TestOutcome> tests, String output) {
        int score = criteria.stream().mapToInt(CriterionResult::earned).sum();
        return new GradeResult("pool-sizer", "Pool sizer", "05", compiled, score, 100, 100, score == 100, 1234, criteria,
                tests != null ? tests : Reports.outcomes(criteria), diagnostics, List.of(), List.of(), output,
                Path.of("/course").toAbsolutePath(), Instant.parse("2026-11-25T20:00:00Z"), false, null, 7L);
    }

    private static List<String> statuses(JsonNode results) {
        return results.path("tests").findValuesAsText("status");
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
