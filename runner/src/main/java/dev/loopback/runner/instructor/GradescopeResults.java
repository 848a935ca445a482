package dev.loopback.runner.instructor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A learner's Gradescope {@code results.json}: one test per rubric criterion of every exercise
 * graded (named "exercise: criterion"), or one failed test for an exercise that could not be scored.
 */
final class GradescopeResults {
    private GradescopeResults() {}

    static String of(List<Row> rows) {
        ObjectNode root = SubmitJson.MAPPER.createObjectNode();
        ArrayNode tests = SubmitJson.MAPPER.createArrayNode();
        double score = 0;
        long ms = 0;
        StringBuilder output = new StringBuilder();
        for (Row row : rows) {
            SubmitJson result = row.result();
            String exercise = row.submission().exercise();
            score += result.score();
            ms += result.durationMs();
            output.append(exercise).append(": ").append(result.score()).append('/').append(result.maxScore())
                    .append(row.graded().status() == Graded.Status.GRADED ? "" : " (" + row.graded().status().words()
                            + ": " + row.graded().detail() + ")").append('\n');
            if (result.criteria().isEmpty()) {
                tests.addObject().put("name", exercise).put("score", 0).put("max_score", result.maxScore())
                        .put("status", "failed").put("output", row.graded().detail());
            }
            for (SubmitJson.Criterion c : result.criteria()) {
                tests.addObject().put("name", exercise + ": " + c.title()).put("score", c.earned())
                        .put("max_score", c.points()).put("status", c.passed() ? "passed" : "failed")
                        .put("output", c.feedback());
            }
        }
        root.put("score", score).put("execution_time", Math.round(ms / 1000.0)).put("output", output.toString().strip());
        root.set("tests", tests);
        return root.toPrettyString();
    }
}
