package dev.loopback.runner.practice;

import dev.loopback.runner.progress.DrillAttempt;
import dev.loopback.runner.progress.ProgressStore;
import dev.loopback.runner.progress.QuizAttempt;
import dev.loopback.runner.progress.QuizRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Practice results kept in the learner's progress file through the runner's {@link ProgressStore}. */
public final class StorePracticeProgress implements PracticeProgress {
    private final ProgressStore store;
    private final Clock clock;

    public StorePracticeProgress(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public int quizAttempt(String quizId, int score, int maxScore, List<Boolean> rightByQuestion) {
        QuizAttempt attempt = new QuizAttempt(clock.instant().toString(), score, maxScore, rightByQuestion);
        return store.update(p -> p.withQuizAttempt(quizId, attempt)).quiz(quizId).orElseThrow().best();
    }

    @Override
    public OptionalInt quizBest(String quizId) {
        return store.current().quiz(quizId).map(QuizRecord::best).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    @Override
    public int drillAttempt(String drillId, String answer, int score, int maxScore, Map<String, Boolean> met,
            Map<String, List<String>> evidence) {
        DrillAttempt attempt = new DrillAttempt(clock.instant().toString(), score, maxScore, null, answer, met,
                evidence, Map.of());
        return store.update(p -> p.withDrillAttempt(drillId, attempt)).drill(drillId).orElseThrow().attempts().size();
    }

    @Override
    public void selfAssessment(String drillId, int attempt, Map<String, Boolean> verdicts) {
        long met = verdicts.values().stream().filter(Boolean::booleanValue).count();
        String label = met + " of " + verdicts.size() + " criteria met";
        store.update(p -> p.withDrillSelfAssessment(drillId, attempt, label, verdicts));
    }
}
