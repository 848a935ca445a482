package dev.loopback.runner.progress;

import java.util.List;

/** One finished quick-check attempt: when, the score of {@code max}, and whether each question was right. */
public record QuizAttempt(String at, int score, int max, List<Boolean> right) {
    public QuizAttempt {
        right = List.copyOf(right == null ? List.of() : right);
    }
}
