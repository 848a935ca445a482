package dev.loopback.runner.grading;

import dev.loopback.grader.exercise.Exercises;
import dev.loopback.runner.command.Session;
import java.util.List;
import java.util.Optional;

/** Checks the exercise id a grading command was given, explaining a wrong one on the error stream. */
final class ExerciseArgs {
    private ExerciseArgs() {}

    static Optional<String> exercise(List<String> words, Session session, String synopsis) {
        Exercises exercises = new Exercises(session.workspace().graderExercises());
        if (words.isEmpty()) {
            session.console().err().println("Usage: " + synopsis + "   (exercises: " + String.join(", ", exercises.ids()) + ")");
            return Optional.empty();
        }
        String id = words.get(0);
        if (!exercises.exists(id)) {
            session.console().err().println("There is no exercise '" + id + "'. Exercises: " + String.join(", ", exercises.ids()));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    static List<String> ids(Session session) {
        return new Exercises(session.workspace().graderExercises()).ids();
    }
}
