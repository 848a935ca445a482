package dev.loopback.grader.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.rubric.CriterionResult;
import java.util.List;

/** The result as Exercism's test-runner {@code results.json}, version 3, each criterion a task. */
public final class ExercismReport {
    private ExercismReport() {}

    public static String render(GradeResult r) {
        boolean error = !r.compiled() || !r.apiProblems().isEmpty();
        ObjectNode root = JsonReport.JSON.createObjectNode().put("version", 3)
                .put("status", error ? "error" : r.criteria().stream().allMatch(CriterionResult::passed) ? "pass" : "fail");
        if (error) {
            root.put("message", TextReport.render(r));
        }
        ArrayNode tests = root.putArray("tests");
        List<CriterionResult> criteria = r.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionResult c = criteria.get(i);
            ObjectNode test = tests.addObject().put("name", c.criterion().title())
                    .put("status", error ? "error" : c.passed() ? "pass" : "fail")
                    .put("test_code", c.criterion().checks()).put("task_id", i + 1);
            if (!c.passed()) {
                test.put("message", TextReport.failedCriterion(r, c));
            }
        }
        return root.toString();
    }
}
