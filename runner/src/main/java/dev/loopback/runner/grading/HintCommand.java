package dev.loopback.runner.grading;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.exercise.Hints;
import dev.loopback.grader.text.Wrap;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.progress.CriterionHints;
import dev.loopback.runner.progress.Progress;
import dev.loopback.runner.progress.ProgressStore;
import dev.loopback.runner.render.MarkdownRenderer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Unlocks hints one level at a time, most specific last. {@code hint <exercise>} unlocks the next level of every
 * criterion the latest graded submission failed; before the first submission, or once every failing criterion shows
 * all its levels, it shows the next exercise-wide hint of {@code hints.md} instead. {@code hint <exercise> <criterion>}
 * unlocks the next level of that one criterion. Everything unlocked is kept in the progress file, and the submit and
 * watch reports show it under each failing criterion ({@link HintLevels}).
 */
public final class HintCommand implements Command {
    static final String SYNOPSIS = "hint <exercise> [criterion]";

    @Override public String name() { return "hint"; }
    @Override public String synopsis() { return SYNOPSIS; }
    @Override public String summary() { return "unlock the next hint for an exercise"; }
    @Override public List<String> completions(Session session) { return ExerciseArgs.ids(session); }
    @Override public List<String> examples() { return List.of("hint pool-sizer", "hint pool-sizer exact-arithmetic"); }

    @Override
    public String details() {
        return "Unlocks one more hint level, from a nudge to the idea spelled out, for each criterion your last "
                + "submission failed; submit and watch then show the unlocked levels under those criteria. Name a "
                + "criterion (its id, as in submit --json) to unlock only its next level. Before your first submission, "
                + "or when every failing criterion already shows all its hints, it shows the next hint for the exercise "
                + "as a whole. A criterion that fails three submissions unlocks its first level by itself. Your progress "
                + "remembers what you have unlocked.";
    }

    @Override
    public int run(List<String> args, Session session) {
        Optional<String> id = ExerciseArgs.exercise(args, session, synopsis());
        if (id.isEmpty()) {
            return ExitCode.USAGE;
        }
        if (args.size() > 2) {
            session.console().err().println("Usage: " + SYNOPSIS + "   (one criterion at a time)");
            return ExitCode.USAGE;
        }
        Exercise exercise = new Exercises(session.workspace().graderExercises()).load(id.get());
        if (args.size() == 2) {
            Optional<Criterion> criterion = exercise.rubric().criterion(args.get(1));
            if (criterion.isEmpty()) {
                session.console().err().println("No criterion '" + args.get(1) + "' in " + id.get() + "; its criteria are: "
                        + String.join(", ", exercise.rubric().criteria().stream().map(Criterion::id).toList()) + ".");
                return ExitCode.USAGE;
            }
            unlockNext(session, exercise, List.of(criterion.get()));
            return ExitCode.OK;
        }
        Progress progress = session.progress().current();
        List<Criterion> failing = exercise.rubric().criteria().stream()
                .filter(c -> progress.criterionHints(id.get(), c.id()).failing()).toList();
        List<Criterion> more = failing.stream()
                .filter(c -> progress.criterionHints(id.get(), c.id()).unlocked() < c.hints().size()).toList();
        if (!more.isEmpty()) {
            unlockNext(session, exercise, more);
            session.console().out().println(session.console().palette().dim("submit " + id.get() + " and watch "
                    + id.get() + " show these under each failing criterion; hint " + id.get()
                    + " <criterion> unlocks one criterion at a time."));
            return ExitCode.OK;
        }
        exerciseWide(session, exercise, failing.isEmpty() ? "Hints for the exercise as a whole (submit " + id.get()
                + " first for hints on each criterion it fails)." : "Every failing criterion shows all its hints; "
                + "here is one for the exercise as a whole.");
        return ExitCode.OK;
    }

    /** Unlocks and shows the next level of each of {@code criteria}. */
    private static void unlockNext(Session session, Exercise exercise, List<Criterion> criteria) {
        String id = exercise.id();
        String lesson = "Lesson " + exercise.spec().lesson() + " - ";
        Console console = session.console();
        PrintWriter out = console.out();
        for (Criterion criterion : criteria) {
            List<String> levels = criterion.hints();
            if (levels.isEmpty()) {
                out.println(criterion.title() + ": this criterion has no hints; " + lesson + criterion.section()
                        + " is the place to look.");
                continue;
            }
            CriterionHints before = session.progress().current().criterionHints(id, criterion.id());
            int level = Math.min(before.unlocked() + 1, levels.size());
            session.progress().update(p -> p.withCriterionHints(id, criterion.id(), before.unlockedTo(level)));
            out.println(console.palette().strong(criterion.title() + " (" + criterion.id() + ") - hint " + level + " of "
                    + levels.size()));
            Wrap.lines(levels.get(level - 1), console.width(), "  ", "  ").forEach(out::println);
            if (level == levels.size()) {
                out.println(console.palette().dim("  That is the last hint for " + criterion.title() + "; see " + lesson
                        + criterion.section() + "."));
            }
        }
    }

    /** The next level of the exercise's {@code hints.md}, kept as the exercise's hint level. */
    private static void exerciseWide(Session session, Exercise exercise, String lead) {
        Console console = session.console();
        List<String> levels = Hints.levels(exercise.hints());
        if (levels.isEmpty()) {
            console.out().println("This exercise has no hints; its README and Lesson " + exercise.spec().lesson()
                    + " are the place to look.");
            return;
        }
        ProgressStore progress = session.progress();
        String id = exercise.id();
        int level = Math.min(progress.current().hintLevel(id) + 1, levels.size());
        progress.update(p -> p.withHintLevel(id, level));
        console.out().println(console.palette().dim(lead));
        console.out().println(console.palette().strong("Hint " + level + " of " + levels.size()));
        console.out().print(new MarkdownRenderer(console.palette(), console.width()).render(levels.get(level - 1)));
        if (level == levels.size()) {
            console.out().println(console.palette().dim("That is the last hint."));
        }
    }
}
