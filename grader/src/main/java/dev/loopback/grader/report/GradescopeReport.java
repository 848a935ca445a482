package dev.loopback.grader.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.rubric.CriterionResult;

/** The result as Gradescope's autograder {@code results.json}: one test entry per criterion. */
public final class GradescopeReport {
    private GradescopeReport() {}

    public static String render(GradeResult r) {
        ObjectNode root = JsonReport.JSON.createObjectNode()
                .put("score", r.score()).put("max_score", r.maxScore())
                .put("execution_time", r.durationMs() / 1000.0)
                .put("output", r.compiled() && r.apiProblems().isEmpty() ? summary(r) : TextReport.render(r))
                .put("stdout_visibility", "visible");
        ArrayNode tests = root.putArray("tests");
        for (CriterionResult c : r.criteria()) {
            tests.addObject().put("name", c.criterion().title()).put("number", c.id())
                    .put("score", c.earned()).put("max_score", c.points())
                    .put("status", c.passed() ? "passed" : "failed")
                    .put("output", c.passed() ? c.feedback() : TextReport.failedCriterion(r, c));
        }
        return root.toString();
    }

    private static String summary(GradeResult r) {
        String verdict = r.score() + "/" + r.maxScore() + (r.passed() ? " - passed" : " - not passed yet");
        return r.notes().isEmpty() ? verdict : verdict + "\n" + String.join("\n", r.notes());
    }
}
