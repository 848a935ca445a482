package dev.loopback.runner.workbench;

import dev.loopback.runner.command.Session;
import dev.loopback.runner.grading.GradingWarmup;
import java.util.List;

/** A command whose one argument is an exercise id: it runs only once the id names a readable exercise. */
public interface OneExerciseCommand extends ExerciseArgument {

    /** Does the command's work on the exercise the arguments named; returns the exit code. */
    int run(ExerciseChoice.Chosen chosen, Session session);

    @Override
    default int run(List<String> args, Session session) {
        ExerciseChoice choice = ExerciseChoice.of(args, session, synopsis());
        if (choice instanceof ExerciseChoice.Chosen chosen) {
            GradingWarmup.exerciseOpened(session, chosen.exercise().id());
            return run(chosen, session);
        }
        return ((ExerciseChoice.Refused) choice).status();
    }
}
