package dev.loopback.runner.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Keeps practice results in {@code progress.json} under "quizzes" and "drills", leaving every
 * other key as it found it, and replaces the file atomically so a crash never leaves half a file.
 */
public final class JsonPracticeProgress implements PracticeProgress {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Clock clock;

    public JsonPracticeProgress(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public int quizAttempt(String quizId, int score, int maxScore, List<Boolean> rightByQuestion) {
        int[] best = {score};
        update(root -> {
            ObjectNode quiz = root.withObject("/quizzes").withObject("/" + quizId);
            best[0] = Math.max(score, quiz.path("best").asInt(score));
            ArrayNode attempt = quiz.withArray("/attempts").addObject()
                    .put("at", clock.instant().toString()).put("score", score).put("maxScore", maxScore)
                    .putArray("right");
            rightByQuestion.forEach(attempt::add);
            quiz.put("best", best[0]).put("maxScore", maxScore);
        });
        return best[0];
    }

    @Override
    public OptionalInt quizBest(String quizId) {
        JsonNode best = read().path("quizzes").path(quizId).path("best");
        return best.isInt() ? OptionalInt.of(best.asInt()) : OptionalInt.empty();
    }

    @Override
    public int drillAttempt(String drillId, String answer, int score, int maxScore, Map<String, Boolean> met,
            Map<String, List<String>> evidence) {
        int[] number = {0};
        update(root -> {
            ArrayNode attempts = root.withObject("/drills").withObject("/" + drillId).withArray("/attempts");
            ObjectNode attempt = attempts.addObject().put("at", clock.instant().toString())
                    .put("answer", answer).put("score", score).put("maxScore", maxScore);
            attempt.set("criteria", JSON.valueToTree(met));
            attempt.set("evidence", JSON.valueToTree(evidence));
            number[0] = attempts.size();
        });
        return number[0];
    }

    @Override
    public void selfAssessment(String drillId, int attempt, Map<String, Boolean> verdicts) {
        update(root -> {
            JsonNode entry = root.path("drills").path(drillId).path("attempts").path(attempt - 1);
            if (entry instanceof ObjectNode node) {
                node.set("selfAssessment", JSON.valueToTree(verdicts));
            }
        });
    }

    private ObjectNode read() {
        try {
            return Files.isRegularFile(file) && JSON.readTree(file.toFile()) instanceof ObjectNode root
                    ? root : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void update(Consumer<ObjectNode> change) {
        ObjectNode root = read();
        change.accept(root);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "progress", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
