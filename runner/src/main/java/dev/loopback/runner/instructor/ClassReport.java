package dev.loopback.runner.instructor;

import dev.loopback.grader.report.GradescopeReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The grades folder's files, written the same way whoever graded the rows (local {@code grade-all} or the farm):
 * each submission's submit JSON and Gradescope results, each learner's combined {@code results.json}, and the
 * class summary as {@code summary.csv} and {@code summary.md}.
 */
public final class ClassReport {
    private ClassReport() {}

    /** Stores one submission's grade made from sources (and hidden tests) with {@code hash}. */
    public static void store(Path classFolder, Submission submission, String hash, Graded graded) {
        GradeStore.in(classFolder).save(submission, hash, graded);
    }

    /** Writes every learner's {@code results.json} and the summaries for {@code rows}; returns the grades folder. */
    public static Path write(Path classFolder, List<Row> rows) {
        GradeStore store = GradeStore.in(classFolder);
        Map<String, List<Row>> byLearner = rows.stream()
                .collect(Collectors.groupingBy(row -> row.submission().learner(), TreeMap::new, Collectors.toList()));
        byLearner.forEach((learner, own) -> {
            Map<String, String> byExercise = new LinkedHashMap<>();
            own.forEach(row -> byExercise.put(row.submission().exercise(), row.graded().gradescope()));
            GradeStore.write(store.learner(learner).resolve("results.json"), GradescopeReport.combine(byExercise));
        });
        GradeStore.write(store.root().resolve("summary.csv"), ClassSummary.csv(rows));
        GradeStore.write(store.root().resolve("summary.md"), ClassSummary.markdown(rows));
        return store.root();
    }

    /** The summary table, as {@code grade-all} prints it on standard output. */
    public static String markdown(List<Row> rows) {
        return ClassSummary.markdown(rows);
    }
}
