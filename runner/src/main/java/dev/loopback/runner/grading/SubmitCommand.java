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
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Grades the learner's exercise: compile, API check, hidden tests in the sandbox, rubric, report. */
public final class SubmitCommand implements Command {
    static final String SYNOPSIS = "submit <exercise> [--json] [--format text|json|gradescope|exercism] [--verbose] [--seed N]";

    @Override public String name() { return "submit"; }
    @Override public String synopsis() { return SYNOPSIS; }
    @Override public String summary() { return "grade your exercise with its hidden tests"; }
    @Override public List<String> completions(Session session) { return ExerciseArgs.ids(session); }
    @Override public List<String> examples() { return List.of("submit pool-sizer", "submit pool-sizer --verbose", "submit pool-sizer --json"); }

    @Override
    public String details() {
        return "Compiles exercises/<exercise>/src/main/java, checks it still has the stub's public methods, runs the "
                + "hidden tests in a sandboxed JVM (only 127.0.0.1 reachable) and scores each rubric criterion, with a "
                + "hint and the lesson section to reread for each one you miss. --verbose adds the stack frames inside "
                + "your code; --json prints one JSON object; --format gradescope|exercism prints those platforms' "
                + "results.json. The hidden tests mix the lesson's examples with inputs generated from a seed the report "
                + "names; --seed N replays those inputs. Every submission is kept: see history.";
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
            session.console().verbatim(render(result, options.get().format(), session));
            return result.passed() ? ExitCode.OK : ExitCode.FAILED;
        } catch (ExerciseException e) {
            session.console().err().println("This exercise is broken, which is not your fault: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
    }

    /**
     * Grades the learner's files of exercise {@code id} on disk, as {@code submit} does (the browser's Submit calls
     * this too), keeping the submission in the history.
     */
    public static GradeResult grade(Session session, String id, GradeOptions options, ProgressListener progress) {
        Path sources = session.workspace().exercises().resolve(id).resolve("src/main/java");
        return new Grader(session.workspace()).grade(id, sources, options, progress);
    }

    /** What {@code submit <id> --json} prints for {@code result}. */
    public static String json(GradeResult result) {
        return JsonReport.render(result) + "\n";
    }

    private static String render(GradeResult result, String format, Session session) {
        return switch (format) {
            case "json" -> json(result);
            case "gradescope" -> GradescopeReport.render(result) + "\n";
            case "exercism" -> ExercismReport.render(result) + "\n";
            default -> TextReport.render(result, new PaletteStyle(session.console().palette()),
                    session.console().width());
        };
    }
}
