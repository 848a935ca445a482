package dev.loopback.runner.workbench;

import dev.loopback.grader.Workspace;
import dev.loopback.grader.exercise.ExerciseSpec;
import dev.loopback.grader.exercise.Exercises;
import java.util.List;

/** The parts of {@code exercise.json} the learner-facing tools need: title, package and suggested expressions. */
public record ExerciseSummary(String id, String title, String packageName, List<String> tryExpressions) {

    /** Reads the exercise through the grader; throws the grader's {@code ExerciseException} when it is broken. */
    public static ExerciseSummary read(Workspace workspace, ExerciseFiles files) {
        ExerciseSpec spec = new Exercises(workspace.graderExercises()).load(files.id()).spec();
        return new ExerciseSummary(spec.id(), spec.title() == null ? spec.id() : spec.title(),
                spec.packageName() == null ? "" : spec.packageName(), spec.tryExpressions());
    }
}
