package dev.loopback.runner.workbench;

import dev.loopback.grader.exercise.ExerciseException;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.render.TextWrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The exercise a command's arguments name, or the exit status after explaining on err why there is none. */
public sealed interface ExerciseChoice {

    /** A known, readable exercise. */
    record Chosen(ExerciseFiles files, ExerciseSummary exercise) implements ExerciseChoice {}

    /** No exercise: the learner has been told why. */
    record Refused(int status) implements ExerciseChoice {}

    /** Reads {@code args} as exactly one exercise id; {@code synopsis} is shown when they are not. */
    public static ExerciseChoice of(List<String> args, Session session, String synopsis) {
        PrintWriter err = session.console().err();
        List<String> ids = ExerciseFiles.ids(session.workspace());
        if (args.size() != 1) {
            err.println("Usage: " + synopsis);
            TextWrap.wrap("Exercises: " + String.join(", ", ids) + ".", session.console().width()).forEach(err::println);
            return new Refused(ExitCode.USAGE);
        }
        Optional<ExerciseFiles> files = ExerciseFiles.find(session.workspace(), args.get(0));
        if (files.isEmpty()) {
            err.println(ExerciseFiles.unknown(session.workspace(), args.get(0)));
            return new Refused(ExitCode.USAGE);
        }
        try {
            return new Chosen(files.get(), ExerciseSummary.read(session.workspace(), files.get()));
        } catch (ExerciseException e) {
            err.println("This exercise is broken, which is not your fault: " + e.getMessage());
            return new Refused(ExitCode.INTERNAL);
        }
    }
}
