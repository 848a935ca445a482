package dev.loopback.runner.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the learner has done, as stored in {@code .course/progress.json}: lessons read, quick-check and drill
 * attempts, exercise-wide hint levels seen ({@code hints}, from {@code hints.md}) and, per exercise and rubric
 * criterion, the hint levels unlocked and the failed submissions counted ({@code criterionHints}; a file written
 * before it existed reads as none). Exercise scores and submissions belong to the grader's history, not here.
 * Immutable: every {@code with...} returns a changed copy.
 */
public record Progress(int schema, Map<String, LessonRead> lessons, Map<String, QuizRecord> quizzes,
        Map<String, DrillRecord> drills, Map<String, Integer> hints,
        Map<String, Map<String, CriterionHints>> criterionHints) {

    /** The file format this runner writes and reads. */
    public static final int SCHEMA = 1;

    public Progress {
        lessons = sorted(lessons);
        quizzes = sorted(quizzes);
        drills = sorted(drills);
        hints = sorted(hints);
        Map<String, Map<String, CriterionHints>> perExercise = new TreeMap<>();
        (criterionHints == null ? Map.<String, Map<String, CriterionHints>>of() : criterionHints)
                .forEach((exercise, criteria) -> perExercise.put(exercise, sorted(criteria)));
        criterionHints = Collections.unmodifiableMap(perExercise);
    }

    /** Nothing done yet. */
    public static Progress empty() {
        return new Progress(SCHEMA, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public boolean isRead(String lessonNumber) {
        return lessons.containsKey(lessonNumber);
    }

    public Optional<QuizRecord> quiz(String id) {
        return Optional.ofNullable(quizzes.get(id));
    }

    public Optional<DrillRecord> drill(String id) {
        return Optional.ofNullable(drills.get(id));
    }

    /** The highest hint level shown for {@code exercise}, 0 when none. */
    public int hintLevel(String exercise) {
        return hints.getOrDefault(exercise, 0);
    }

    /** Lesson {@code number} read (again) at {@code at}. */
    public Progress withLessonRead(String number, Instant at) {
        LessonRead read = lessons.containsKey(number) ? lessons.get(number).again(at) : LessonRead.first(at);
        return new Progress(SCHEMA, put(lessons, number, read), quizzes, drills, hints, criterionHints);
    }

    /** One quick-check attempt scoring {@code score} of {@code max}. */
    public Progress withQuizAttempt(String id, int score, int max, Instant at) {
        QuizRecord record = quiz(id).map(q -> q.plus(score, max, at)).orElse(QuizRecord.first(score, max, at));
        return new Progress(SCHEMA, lessons, put(quizzes, id, record), drills, hints, criterionHints);
    }

    /** One quick-check attempt with its per-question results, added to the record's history. */
    public Progress withQuizAttempt(String id, QuizAttempt attempt) {
        QuizRecord record = quiz(id).map(q -> q.plus(attempt)).orElse(QuizRecord.first(attempt));
        return new Progress(SCHEMA, lessons, put(quizzes, id, record), drills, hints, criterionHints);
    }

    /** The learner's own verdict on drill attempt {@code number} (1 for the first), leaving the automatic one alone. */
    public Progress withDrillSelfAssessment(String id, int number, String label, Map<String, Boolean> verdicts) {
        return drill(id).map(d -> new Progress(SCHEMA, lessons, quizzes,
                put(drills, id, d.changing(number, a -> a.selfAssessed(label, verdicts))), hints, criterionHints)).orElse(this);
    }

    /** One drill attempt, its automatic score and the learner's self-assessment kept apart. */
    public Progress withDrillAttempt(String id, DrillAttempt attempt) {
        DrillRecord record = drill(id).map(d -> d.plus(attempt)).orElse(new DrillRecord(List.of(attempt)));
        return new Progress(SCHEMA, lessons, quizzes, put(drills, id, record), hints, criterionHints);
    }

    /** Hint {@code level} of {@code exercise} shown; the stored level only ever rises. */
    public Progress withHintLevel(String exercise, int level) {
        return new Progress(SCHEMA, lessons, quizzes, drills, put(hints, exercise, Math.max(level, hintLevel(exercise))),
                criterionHints);
    }

    /** The hints of {@code exercise}'s criterion {@code criterion}: levels unlocked, failures counted. */
    public CriterionHints criterionHints(String exercise, String criterion) {
        return criterionHints.getOrDefault(exercise, Map.of()).getOrDefault(criterion, CriterionHints.NONE);
    }

    /** The hints of every criterion of {@code exercise} that has any, by criterion id. */
    public Map<String, CriterionHints> criterionHints(String exercise) {
        return criterionHints.getOrDefault(exercise, Map.of());
    }

    /** {@code exercise}'s criterion {@code criterion} changed to {@code hints}. */
    public Progress withCriterionHints(String exercise, String criterion, CriterionHints hints) {
        return new Progress(SCHEMA, lessons, quizzes, drills, this.hints,
                put(criterionHints, exercise, put(criterionHints(exercise), criterion, hints)));
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(map == null ? new TreeMap<>() : new TreeMap<>(map));
    }

    private static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
