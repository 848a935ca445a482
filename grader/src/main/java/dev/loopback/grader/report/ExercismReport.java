package dev.loopback.grader.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.rubric.CriterionResult;
import java.util.List;

/**
 * The result as Exercism's test-runner {@code results.json}, version 3: each rubric criterion is a test whose
 * {@code task_id} is its place in the rubric, which is the number of its task heading ({@code ## 1. ...}) on the
 * exercise's task page. Top-level {@code error} (with a {@code message}) when no hidden test reached a verdict; a test
 * is {@code error} when the run ended under it (the learner's code ended the JVM); a failed test carries what the
 * learner's code printed, at most {@value #OUTPUT_LIMIT} characters as the interface requires.
 */
public final class ExercismReport {
    /** The interface's limit on a test's {@code output}. */
    public static final int OUTPUT_LIMIT = 500;
    /** The interface's limit on the top-level {@code message}. */
    private static final int MESSAGE_LIMIT = 65_535;

    private ExercismReport() {}

    public static String render(GradeResult r) {
        boolean error = RunProblems.nothingRan(r);
        boolean passed = r.criteria().stream().allMatch(CriterionResult::passed);
        ObjectNode root = JsonReport.JSON.createObjectNode().put("version", 3)
                .put("status", error ? "error" : passed ? "pass" : "fail");
        if (error) {
            String message = RunProblems.describe(r);
            root.put("message", message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT));
        }
        ArrayNode tests = root.putArray("tests");
        List<CriterionResult> criteria = r.criteria();
        String printed = RunProblems.printed(r, OUTPUT_LIMIT);
        for (int i = 0; i < criteria.size(); i++) {
            CriterionResult c = criteria.get(i);
            String status = c.passed() ? "pass" : error || RunProblems.endedWithTheRun(r, c) ? "error" : "fail";
            ObjectNode test = tests.addObject().put("name", c.criterion().title()).put("status", status)
                    .put("test_code", c.criterion().checks()).put("task_id", i + 1);
            if (!c.passed()) {
                test.put("message", TextReport.failedCriterion(r, c));
                if (!printed.isEmpty()) {
                    test.put("output", printed);
                }
            }
        }
        return root.toString();
    }
}
