package dev.loopback.runner.progress;

import java.time.Instant;

/** Quick-check attempts: how many, the best and the last score (of {@code max}), and when last tried. */
public record QuizRecord(int attempts, int best, int last, int max, String lastAt) {

    static QuizRecord first(int score, int max, Instant at) {
        return new QuizRecord(1, score, score, max, at.toString());
    }

    QuizRecord plus(int score, int newMax, Instant at) {
        return new QuizRecord(attempts + 1, Math.max(best, score), score, newMax, at.toString());
    }
}
