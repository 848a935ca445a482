package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How often a drill's scorer agrees with a person's labels, per criterion, on a labelled set: the figure authors
 * quote, and hold at or above {@link #FLOOR}. The scorer is used as it is; only the counting lives here.
 */
public record Agreement(String drill, String scorer, int answers, List<Row> rows) {

    /** How a calibrated drill's figure was made: pool answers are scored with their own group left out of the pool. */
    public static final String CALIBRATED = "calibrated; an answer of the labelled pool is scored with its own group"
            + " left out of the pool";
    public static final String RULES = "rules only";

    /** The agreement every criterion of a shipped drill must reach. */
    public static final double FLOOR = 0.90;

    /** One criterion: on how many answers scorer and label agreed, and the answers where they did not. */
    public record Row(String criterion, int agreed, int answers, List<String> disagreements) {
        public double fraction() {
            return answers == 0 ? 0 : (double) agreed / answers;
        }
    }

    /**
     * Scores every answer with {@code drill} as learners are scored (calibrated when it has a calibration; an answer
     * that is itself in the labelled pool with its own group left out, or it would find itself) and compares each
     * criterion with the labels; a label that names no criterion of the drill is an author's mistake, reported by file.
     */
    public static Agreement measure(Drill drill, List<LabelledAnswer> answers) {
        if (drill.calibrated().isEmpty()) {
            return measure(drill, answers, "", a -> DrillScorer.rules(drill, a.answer()));
        }
        Pool pool = drill.calibrated().get().pool();
        return measure(drill, answers, CALIBRATED, a -> DrillScorer.score(drill, a.answer(),
                pool.groupOf(a.name(), a.answer()).map(Set::of).orElse(Set.of())));
    }

    /** As {@link #measure}, with the rules alone. */
    public static Agreement rules(Drill drill, List<LabelledAnswer> answers) {
        return measure(drill, answers, drill.calibrated().isEmpty() ? "" : RULES, a -> DrillScorer.rules(drill, a.answer()));
    }

    private static Agreement measure(Drill drill, List<LabelledAnswer> answers, String scorer,
            java.util.function.Function<LabelledAnswer, Assessment> score) {
        Set<String> ids = drill.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
        for (LabelledAnswer answer : answers) {
            List<String> unknown = answer.met().stream().filter(m -> !ids.contains(m)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(answer.name() + ": label " + unknown + " is no criterion of drill "
                        + drill.id() + " " + ids.stream().sorted().toList());
            }
        }
        List<List<CriterionResult>> scored = answers.stream()
                .map(a -> score.apply(a).criteria()).toList();
        List<Row> rows = new ArrayList<>();
        for (Criterion criterion : drill.criteria()) {
            List<String> disagreements = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                boolean met = scored.get(i).stream().filter(r -> r.id().equals(criterion.id())).findFirst()
                        .map(CriterionResult::met).orElse(false);
                if (met != answers.get(i).met().contains(criterion.id())) {
                    disagreements.add(answers.get(i).name() + (met ? " (scored met)" : " (scored not met)"));
                }
            }
            rows.add(new Row(criterion.id(), answers.size() - disagreements.size(), answers.size(), disagreements));
        }
        return new Agreement(drill.id(), scorer, answers.size(), List.copyOf(rows));
    }

    /** The criteria below {@code floor}. */
    public List<String> below(double floor) {
        return rows.stream().filter(r -> r.fraction() < floor).map(Row::criterion).toList();
    }

    /** "Drill 05 agreement with labels (52 answers):" and one line per criterion: id, percent, agreed/answers, misses. */
    public String report() {
        StringBuilder report = new StringBuilder("Drill " + drill + " agreement with labels (" + answers + " answers"
                + (scorer.isEmpty() ? "" : ", " + scorer) + "):\n");
        int width = rows.stream().mapToInt(r -> r.criterion().length()).max().orElse(0);
        for (Row row : rows) {
            report.append(String.format(Locale.ROOT, "  %-" + Math.max(width, 1) + "s %5.1f%%  %d/%d  %s%n", row.criterion(),
                    100 * row.fraction(), row.agreed(), row.answers(), row.disagreements()));
        }
        return report.toString();
    }
}
