package dev.loopback.runner.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.drill.Assessment;
import dev.loopback.grader.drill.CriterionResult;

/** The JSON a script gets from {@code drill <id> --answer-file F --json}: {@code {"drill","score","maxScore","criteria":[{"id","met","evidence"}]}}. */
final class DrillJson {
    private DrillJson() {}

    static String of(Assessment assessment) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode().put("drill", assessment.drillId())
                .put("score", assessment.score()).put("maxScore", assessment.maxScore());
        ArrayNode criteria = root.putArray("criteria");
        for (CriterionResult result : assessment.criteria()) {
            ObjectNode node = criteria.addObject().put("id", result.id()).put("met", result.met());
            result.evidence().forEach(node.putArray("evidence")::add);
        }
        return root.toPrettyString();
    }
}
