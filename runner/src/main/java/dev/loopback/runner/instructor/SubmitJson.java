package dev.loopback.runner.instructor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields grade-all needs from a submit JSON, and writes the JSON for a submission the grader could not grade. */
record SubmitJson(int score, int maxScore, boolean passed, long durationMs, List<Criterion> criteria) {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One rubric criterion's result. */
    record Criterion(String id, String title, int points, double earned, boolean passed, String feedback) {}

    static SubmitJson parse(String json) {
        JsonNode root = tree(json);
        List<Criterion> criteria = new ArrayList<>();
        for (JsonNode c : root.path("criteria")) {
            criteria.add(new Criterion(c.path("id").asText(), c.path("title").asText(), c.path("points").asInt(),
                    c.path("earned").asDouble(), c.path("passed").asBoolean(), c.path("feedback").asText("")));
        }
        return new SubmitJson(root.path("score").asInt(), root.path("maxScore").asInt(100), root.path("passed").asBoolean(),
                root.path("durationMs").asLong(), List.copyOf(criteria));
    }

    /** Ids of the criteria not passed. */
    List<String> failedCriteria() {
        return criteria.stream().filter(c -> !c.passed()).map(Criterion::id).toList();
    }

    /** A zero-score submit JSON for {@code exercise} whose only diagnostic is {@code problem}. */
    static String ungraded(String exercise, String problem, long durationMs) {
        ObjectNode root = MAPPER.createObjectNode()
                .put("exercise", exercise).put("compiled", false).put("score", 0).put("maxScore", 100)
                .put("passed", false).put("durationMs", durationMs);
        root.putArray("criteria");
        root.putArray("diagnostics").add(problem);
        return root.toString();
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a submit JSON: " + e.getOriginalMessage(), e);
        }
    }
}
