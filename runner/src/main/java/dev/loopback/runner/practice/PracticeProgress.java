package dev.loopback.runner.practice;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Where quick-check attempts and drill results are kept between sessions. */
public interface PracticeProgress {

    /** Records one finished quiz attempt; returns the best score so far, this one included. */
    int quizAttempt(String quizId, int score, int maxScore, List<Boolean> rightByQuestion);

    /** The best score of any recorded attempt at {@code quizId}. */
    OptionalInt quizBest(String quizId);

    /** Records the automatic result of one drill answer; returns the attempt's number (1 for the first). */
    int drillAttempt(String drillId, String answer, int score, int maxScore, Map<String, Boolean> met,
            Map<String, List<String>> evidence);

    /** Records the learner's own verdict per criterion next to attempt {@code attempt}, leaving the automatic one alone. */
    void selfAssessment(String drillId, int attempt, Map<String, Boolean> verdicts);
}
