package dev.loopback.runner.workbench;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.Session;
import java.util.List;

/** A command that takes an exercise id: its example names one and Tab completes the ids. */
public interface ExerciseArgument extends Command {

    @Override
    default List<String> examples() {
        return List.of(name() + " pool-sizer");
    }

    @Override
    default List<String> completions(Session session) {
        return ExerciseFiles.ids(session.workspace());
    }
}
