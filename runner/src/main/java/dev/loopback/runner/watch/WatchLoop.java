package dev.loopback.runner.watch;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.workbench.ExerciseFiles;
import dev.loopback.runner.workbench.ExerciseSummary;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Grades once, then again after every change, until the exercise passes or watching stops. */
final class WatchLoop {
    private final ExerciseSummary exercise;
    private final ExerciseFiles files;
    private final Grading grading;
    private final Console console;

    WatchLoop(ExerciseSummary exercise, ExerciseFiles files, Grading grading, Console console) {
        this.exercise = exercise;
        this.files = files;
        this.grading = grading;
        this.console = console;
    }

    /** Runs until passing ({@link ExitCode#OK}) or until {@code changes} stops ({@link ExitCode#FAILED}). */
    int run(Changes changes) {
        GradeReport report = grade();
        while (!report.passed()) {
            Optional<Set<Path>> changed = changes.await();
            if (changed.isEmpty()) {
                console.err().println("Stopped watching " + exercise.id() + " at " + report.score() + " / "
                        + report.maxScore() + ". 'watch " + exercise.id() + "' picks up where you left off.");
                return ExitCode.FAILED;
            }
            announce(changed.get());
            report = grade();
        }
        congratulate(report);
        return ExitCode.OK;
    }

    private GradeReport grade() {
        GradeReport report = grading.grade(files);
        ReportPrinter.print(exercise.title(), report, console);
        return report;
    }

    private void announce(Set<Path> changed) {
        String names = changed.stream().map(path -> files.sourceRoot().relativize(path).toString())
                .filter(name -> !name.isEmpty()).collect(Collectors.joining(", "));
        console.err().println(console.palette().dim((names.isEmpty() ? "Regrading" : "Changed: " + names
                + ". Regrading") + "..."));
    }

    private void congratulate(GradeReport report) {
        console.err().println(console.palette().ok("Well done: " + exercise.title() + " passes with "
                + report.score() + " / " + report.maxScore() + "."));
        console.err().println("Next: 'solution " + exercise.id() + "' compares your code with the reference and "
                + "why it is built that way; then 'next' shows what comes after.");
        console.err().flush();
    }
}
