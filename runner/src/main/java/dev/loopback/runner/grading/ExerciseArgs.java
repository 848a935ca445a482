package dev.loopback.runner.grading;

import dev.loopback.runner.command.Session;
import dev.loopback.runner.workbench.ExerciseFiles;
import java.util.List;
import java.util.Optional;

/** Checks the exercise id a grading command was given, explaining a wrong one on the error stream. */
final class ExerciseArgs {
    private ExerciseArgs() {}

    static Optional<String> exercise(List<String> words, Session session, String synopsis) {
        if (words.isEmpty()) {
            session.console().err().println("Usage: " + synopsis + "   (exercises: " + String.join(", ", ids(session)) + ")");
            return Optional.empty();
        }
        String id = words.get(0);
        if (ExerciseFiles.find(session.workspace(), id).isEmpty()) {
            session.console().err().println(ExerciseFiles.unknown(session.workspace(), id));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    static List<String> ids(Session session) {
        return ExerciseFiles.ids(session.workspace());
    }
}
