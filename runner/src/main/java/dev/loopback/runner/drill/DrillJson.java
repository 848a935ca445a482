package dev.loopback.runner.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.drill.Assessment;
import dev.loopback.grader.drill.CriterionResult;
import dev.loopback.grader.drill.MisconceptionResult;

/**
 * The JSON a script gets from {@code drill <id> --answer-file F --json}: {@code {"drill","score","maxScore",
 * "criteria":[{"id","met","evidence"}],"misconceptions":[{"id","evidence","correction"}]}}, plus a top-level
 * {@code "notice"} when the text was not scored as an answer (too short, too long, a note about the answer, a list of terms).
 */
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
        ArrayNode misconceptions = root.putArray("misconceptions");
        for (MisconceptionResult stated : assessment.misconceptions()) {
            ObjectNode node = misconceptions.addObject().put("id", stated.id());
            stated.evidence().forEach(node.putArray("evidence")::add);
            node.put("correction", stated.correction());
        }
        notice(assessment).ifPresent(n -> root.put("notice", n));
        return root.toPrettyString();
    }

    /** Why the text was not scored as an answer, if it was not. */
    static java.util.Optional<String> notice(Assessment assessment) {
        if (assessment instanceof Assessment.TooShort tooShort) {
            return java.util.Optional.of(tooShort.nudge());
        }
        if (assessment instanceof Assessment.TooLong tooLong) {
            return java.util.Optional.of(tooLong.notice());
        }
        if (assessment instanceof Assessment.NotAnswer notAnswer) {
            return java.util.Optional.of(notAnswer.notice());
        }
        return java.util.Optional.empty();
    }
}
