package dev.loopback.runner.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Quick-check attempts: how many, the best and the last score (of {@code max}), when last tried, and
 * every attempt recorded with its per-question results ({@code history}, oldest first; absent in older files).
 */
public record QuizRecord(int attempts, int best, int last, int max, String lastAt, List<QuizAttempt> history) {

    public QuizRecord {
        history = List.copyOf(history == null ? List.of() : history);
    }

    /** A record without per-attempt history. */
    public QuizRecord(int attempts, int best, int last, int max, String lastAt) {
        this(attempts, best, last, max, lastAt, List.of());
    }

    static QuizRecord first(int score, int max, Instant at) {
        return new QuizRecord(1, score, score, max, at.toString());
    }

    QuizRecord plus(int score, int newMax, Instant at) {
        return new QuizRecord(attempts + 1, Math.max(best, score), score, newMax, at.toString(), history);
    }

    static QuizRecord first(QuizAttempt attempt) {
        return new QuizRecord(1, attempt.score(), attempt.score(), attempt.max(), attempt.at(), List.of(attempt));
    }

    QuizRecord plus(QuizAttempt attempt) {
        List<QuizAttempt> more = new ArrayList<>(history);
        more.add(attempt);
        return new QuizRecord(attempts + 1, Math.max(best, attempt.score()), attempt.score(), attempt.max(),
                attempt.at(), more);
    }
}
