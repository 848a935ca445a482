package dev.loopback.runner.quiz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;

/**
 * The JSON a script gets from {@code quiz <id> --answers ... --json}:
 * {@code {"quiz","title","seed","score","maxScore","questions":[{"number","question","answer","correct","right","why","explanation"}]}}.
 */
final class QuizJson {
    private QuizJson() {}

    static String of(Quiz quiz, OptionalLong seed, List<Answered> answers) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode().put("quiz", quiz.id()).put("title", quiz.title());
        if (seed.isPresent()) {
            root.put("seed", seed.getAsLong());
        } else {
            root.putNull("seed");
        }
        root.put("score", answers.stream().filter(Answered::right).count()).put("maxScore", answers.size());
        ArrayNode questions = root.putArray("questions");
        for (Answered a : answers) {
            questions.addObject().put("number", a.question().number()).put("question", a.question().text())
                    .put("answer", a.answer()).put("correct", a.correctLetter()).put("right", a.right())
                    .put("why", a.chosen().why()).put("explanation", a.question().explanation());
        }
        return root.toPrettyString();
    }
}
