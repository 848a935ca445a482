package dev.loopback.runner.watch;

import dev.loopback.grader.exercise.ExerciseException;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.course.Suggestions;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.workbench.ExerciseChoice;
import dev.loopback.runner.workbench.OneExerciseCommand;
import dev.loopback.runner.workbench.ExerciseFiles;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code watch <exercise>}: regrades on every save until the exercise passes or the learner presses Ctrl-C. */
public final class WatchCommand implements OneExerciseCommand {
    static final Duration QUIET = Duration.ofMillis(300);

    private final Function<Session, Grading> grading;
    private final Duration quiet;

    public WatchCommand() {
        this(GraderGrading::new, QUIET);
    }

    WatchCommand(Function<Session, Grading> grading, Duration quiet) {
        this.grading = grading;
        this.quiet = quiet;
    }

    @Override public String name() { return "watch"; }
    @Override public String synopsis() { return "watch <exercise> | watch --lesson NN"; }
    @Override public String summary() { return "regrade on every save until it passes (Ctrl-C stops)"; }

    @Override
    public String details() {
        return "Grades your exercise now and again after every save under exercises/<exercise>/src/ (a burst of saves "
                + "is one regrade), showing the score and what still fails with a hint. Stops when it passes, on "
                + "Ctrl-C, or (where saves cannot be watched, or with input from a pipe) when you type q or the "
                + "input ends. Each grading counts as a submission. For course authors, 'watch --lesson 05' shows a "
                + "lesson again after every save of its file, with what validate says about its conventions.";
    }

    @Override
    public int run(List<String> args, Session session) {
        if (args.isEmpty() || !args.get(0).equals("--lesson")) {
            return OneExerciseCommand.super.run(args, session);
        }
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        Optional<Lesson> lesson = args.size() == 2 ? course.get().lesson(args.get(1)) : Optional.empty();
        if (lesson.isEmpty()) {
            String key = args.size() > 1 ? args.get(1) : "";
            session.console().err().println("'watch --lesson' takes one lesson, e.g. 'watch --lesson 05'"
                    + (key.isEmpty() ? "." : "; there is no lesson called '" + key + "'."
                            + Suggestions.didYouMean(key, course.get().lessonKeys())));
            return ExitCode.USAGE;
        }
        return LessonWatch.run(lesson.get(), session);
    }

    @Override
    public int run(ExerciseChoice.Chosen chosen, Session session) {
        Console console = session.console();
        if (!Files.isDirectory(chosen.files().sourceRoot())) {
            console.err().println("There is no " + chosen.files().sourceRoot() + " to watch: 'reset "
                    + chosen.exercise().id() + "' puts the starting code back.");
            return ExitCode.FAILED;
        }
        WatchLoop loop = new WatchLoop(chosen.exercise(), chosen.files(), grading.apply(session), console);
        try (Changes changes = changes(chosen.files(), session); LineSource.Scope stop = console.in().interruptWith(changes::close)) {
            return loop.run(changes);
        } catch (ExerciseException e) {
            console.err().println("This exercise is broken, which is not your fault: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
    }

    private Changes changes(ExerciseFiles files, Session session) {
        Console console = session.console();
        String where = session.workspace().home().relativize(files.sourceRoot()) + "/";
        return Watching.announced(files.sourceRoot(), DirectoryChanges.JAVA_SOURCES, quiet, console, where, "regrades",
                "regrade by hand: press Enter after each save, q to stop.");
    }
}
