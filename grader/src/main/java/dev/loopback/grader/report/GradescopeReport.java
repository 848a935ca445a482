package dev.loopback.grader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.rubric.CriterionResult;
import java.util.Locale;
import java.util.Map;

/**
 * The result as Gradescope's autograder {@code results.json}: one test per criterion with its score, status and full
 * feedback (hint and lesson pointer included). The top-level {@code output} is Markdown ({@code output_format: md})
 * with the compiler's or the policy's diagnostics in a code block, so {@code List<String>} and the caret survive; test
 * outputs are plain text ({@code test_output_format: text}), and a failed test carries what the learner's code printed.
 * {@code submit --format gradescope} and {@code grade-all} both write this shape.
 */
public final class GradescopeReport {
    private GradescopeReport() {}

    public static String render(GradeResult r) {
        return tree(r).toString();
    }

    public static ObjectNode tree(GradeResult r) {
        String verdict = String.format(Locale.ROOT, "Score %d/%d - %s (pass mark %d)", r.score(), r.maxScore(),
                r.passed() ? "passed" : "not passed yet", r.passMark());
        String problems = RunProblems.describe(r);
        ObjectNode root = top(r.score(), r.maxScore(), r.durationMs(),
                problems.isEmpty() ? verdict : verdict + "\n\n" + RunProblems.codeBlock(problems));
        root.putObject("extra_data").put("exercise", r.exercise()).put("seed", r.seed());
        ArrayNode tests = root.putArray("tests");
        String printed = RunProblems.printed(r, Integer.MAX_VALUE);
        for (CriterionResult c : r.criteria()) {
            String output = c.passed() ? c.feedback() : TextReport.failedCriterion(r, c) + (printed.isEmpty() ? ""
                    : "\n\nWhat your code printed (the whole run: the hidden tests share one JVM):\n" + printed);
            tests.addObject().put("name", c.criterion().title()).put("number", c.id())
                    .put("score", c.earned()).put("max_score", c.points())
                    .put("status", c.passed() ? "passed" : "failed").put("output", output);
        }
        return root;
    }

    /** The same shape for a submission the grader itself could not grade: score 0, one failed test saying why. */
    public static String ungraded(String exercise, String problem, int maxScore, long durationMs) {
        ObjectNode root = top(0, maxScore, durationMs, "Score 0/" + maxScore + " - not graded\n\n"
                + RunProblems.codeBlock(problem));
        root.putObject("extra_data").put("exercise", exercise);
        root.putArray("tests").addObject().put("name", exercise).put("number", exercise).put("score", 0)
                .put("max_score", maxScore).put("status", "failed").put("output", problem);
        return root.toString();
    }

    /**
     * One learner's results over several exercises (exercise id to that exercise's results, in order): scores and
     * times added up, each exercise's output under its name, each test named "exercise: criterion". One exercise's
     * results are returned as they are.
     */
    public static String combine(Map<String, String> byExercise) {
        if (byExercise.size() == 1) {
            return byExercise.values().iterator().next();
        }
        int score = 0;
        int max = 0;
        double seconds = 0;
        StringBuilder output = new StringBuilder();
        ArrayNode tests = JsonReport.JSON.createArrayNode();
        ArrayNode extra = JsonReport.JSON.createArrayNode();
        for (Map.Entry<String, String> part : byExercise.entrySet()) {
            JsonNode results = parse(part.getValue());
            score += results.path("score").asInt();
            max += results.path("max_score").asInt();
            seconds += results.path("execution_time").asDouble();
            output.append(output.length() == 0 ? "" : "\n\n").append("#### ").append(part.getKey()).append("\n\n")
                    .append(results.path("output").asText());
            extra.add(results.path("extra_data"));
            for (JsonNode test : results.path("tests")) {
                ObjectNode copy = ((ObjectNode) test).deepCopy();
                copy.put("name", part.getKey() + ": " + test.path("name").asText())
                        .put("number", part.getKey() + "/" + test.path("number").asText());
                tests.add(copy);
            }
        }
        ObjectNode root = top(score, max, 0, output.toString()).put("execution_time", seconds);
        root.putObject("extra_data").set("exercises", extra);
        root.set("tests", tests);
        return root.toString();
    }

    private static ObjectNode top(int score, int maxScore, long durationMs, String output) {
        return JsonReport.JSON.createObjectNode().put("score", score).put("max_score", maxScore)
                .put("execution_time", durationMs / 1000.0).put("output", output).put("output_format", "md")
                .put("test_output_format", "text").put("test_name_format", "text").put("stdout_visibility", "visible");
    }

    private static JsonNode parse(String json) {
        try {
            return JsonReport.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not Gradescope results: " + e.getOriginalMessage(), e);
        }
    }
}
