package dev.loopback.runner.grading;

import dev.loopback.grader.GradeOptions;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.Grader;
import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.exercise.ExerciseException;
import dev.loopback.grader.report.ExercismReport;
import dev.loopback.grader.report.GradescopeReport;
import dev.loopback.grader.report.JsonReport;
import dev.loopback.grader.report.TextReport;
import dev.loopback.grader.report.UnlockedHints;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Grades the learner's exercise: compile, API check, hidden tests in the sandbox, rubric, report. */
public final class SubmitCommand implements Command {
    static final String SYNOPSIS = "submit <exercise> [--json] [--format text|json|gradescope|exercism] [--verbose] [--seed N] [--output-dir DIR]";

    @Override public String name() { return "submit"; }
    @Override public String synopsis() { return SYNOPSIS; }
    @Override public String summary() { return "grade your exercise with its hidden tests"; }
    @Override public List<String> completions(Session session) { return ExerciseArgs.ids(session); }
    @Override public List<String> examples() { return List.of("submit pool-sizer", "submit pool-sizer --verbose", "submit pool-sizer --json"); }

    @Override
    public String details() {
        return "Compiles exercises/<exercise>/src/main/java, checks it still has the stub's public methods, runs the "
                + "hidden tests in a sandboxed JVM (only 127.0.0.1 reachable) and scores each rubric criterion, with what "
                + "went wrong, the lesson section to reread and the hints you have unlocked (see hint) for each one you "
                + "miss. --verbose adds the stack frames inside "
                + "your code; --json prints one JSON object; --format gradescope|exercism prints those platforms' "
                + "results.json (exit status 0 whenever grading worked, as both platforms expect); --output-dir DIR "
                + "writes it to DIR/results.json instead of printing it. The hidden tests mix the lesson's examples with "
                + "inputs generated from a seed the report names; --seed N replays those inputs. Every submission is "
                + "kept: see history.";
    }

    @Override
    public int run(List<String> args, Session session) {
        Optional<SubmitOptions> options = SubmitOptions.parse(args, session.console().err());
        if (options.isEmpty()) {
            return ExitCode.USAGE;
        }
        Optional<String> id = ExerciseArgs.exercise(options.get().positional(), session, SYNOPSIS);
        if (id.isEmpty()) {
            return ExitCode.USAGE;
        }
        try {
            GradeResult result = grade(session, id.get(), new GradeOptions(options.get().verbose(), true,
                    options.get().seed()), new ConsoleProgress(session.console()));
            // JSON and results files are read by programs; the text report is laid out for the width by
            // TextReport itself, with compiler diagnostics kept verbatim (a source line and its caret stay aligned).
            String format = options.get().format();
            UnlockedHints hints = HintLevels.unlocked(session.progress().current(), result.exercise());
            String rendered = render(result, format, session, hints);
            if (options.get().outputDir() != null) {
                Path file = options.get().outputDir().resolve("results.json");
                try {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, rendered, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    session.console().err().println("Could not write " + file + ": " + e.getMessage());
                    return ExitCode.INTERNAL;
                }
                session.console().err().println("Wrote " + file);
            } else {
                session.console().verbatim(rendered);
            }
            // Exercism's test-runner interface: exit 0 whatever the tests' status, non-zero only when the runner
            // broke; Gradescope reads only results.json. The learner's text and submit JSON keep 0 = passed, 1 = not.
            boolean platform = format.equals("gradescope") || format.equals("exercism");
            return platform || result.passed() ? ExitCode.OK : ExitCode.FAILED;
        } catch (ExerciseException e) {
            session.console().err().println("This exercise is broken, which is not your fault: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
    }

    /**
     * Grades the learner's files of exercise {@code id} on disk, as {@code submit} does (the browser's Submit calls
     * this too), keeping the submission in the history and counting each failed criterion towards its hints.
     */
    public static GradeResult grade(Session session, String id, GradeOptions options, ProgressListener progress) {
        Path sources = session.workspace().exercises().resolve(id).resolve("src/main/java");
        GradeResult result = new Grader(session.workspace()).grade(id, sources, options, progress);
        HintLevels.afterGrading(session.progress(), result);
        return result;
    }

    /** What {@code submit <id> --json} prints for {@code result}, with the hint levels unlocked so far. */
    public static String json(Session session, GradeResult result) {
        return json(result, HintLevels.unlocked(session.progress().current(), result.exercise()));
    }

    private static String json(GradeResult result, UnlockedHints hints) {
        return JsonReport.render(result, hints) + "\n";
    }

    private static String render(GradeResult result, String format, Session session, UnlockedHints hints) {
        return switch (format) {
            case "json" -> json(result, hints);
            case "gradescope" -> GradescopeReport.render(result) + "\n";
            case "exercism" -> ExercismReport.render(result) + "\n";
            default -> TextReport.render(result, new PaletteStyle(session.console().palette()),
                    session.console().width(), hints);
        };
    }
}
