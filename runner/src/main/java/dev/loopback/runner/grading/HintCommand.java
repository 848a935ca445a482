package dev.loopback.runner.grading;

import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.exercise.Hints;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.progress.ProgressStore;
import dev.loopback.runner.render.MarkdownRenderer;
import java.util.List;
import java.util.Optional;

/** Shows the next hint level of an exercise, one more each time it is asked; the level seen is kept in the progress store. */
public final class HintCommand implements Command {
    @Override public String name() { return "hint"; }
    @Override public String synopsis() { return "hint <exercise>"; }
    @Override public String summary() { return "the next hint for an exercise"; }
    @Override public List<String> completions(Session session) { return ExerciseArgs.ids(session); }
    @Override public List<String> examples() { return List.of("hint pool-sizer"); }

    @Override
    public String details() {
        return "Shows one more hint each time you ask, from a nudge towards the lesson to the idea spelled out. "
                + "Your progress remembers how many you have seen.";
    }

    @Override
    public int run(List<String> args, Session session) {
        Optional<String> id = ExerciseArgs.exercise(args, session, synopsis());
        if (id.isEmpty()) {
            return ExitCode.USAGE;
        }
        Exercise exercise = new Exercises(session.workspace().graderExercises()).load(id.get());
        List<String> levels = Hints.levels(exercise.hints());
        if (levels.isEmpty()) {
            session.console().out().println("This exercise has no hints; its README and Lesson " + exercise.spec().lesson()
                    + " are the place to look.");
            return ExitCode.OK;
        }
        ProgressStore progress = session.progress();
        int level = Math.min(progress.current().hintLevel(id.get()) + 1, levels.size());
        progress.update(p -> p.withHintLevel(id.get(), level));
        session.console().out().println(session.console().palette().strong("Hint " + level + " of " + levels.size()));
        session.console().out().print(new MarkdownRenderer(session.console().palette(), session.console().width())
                .render(levels.get(level - 1)));
        if (level == levels.size()) {
            session.console().out().println(session.console().palette().dim("That is the last hint."));
        }
        return ExitCode.OK;
    }
}
