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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Grades the learner's exercise: compile, API check, hidden tests in the sandbox, rubric, report. */
public final class SubmitCommand implements Command {
    static final String SYNOPSIS = "submit <exercise> [--json] [--format text|json|gradescope|exercism] [--verbose]";

    @Override public String name() { return "submit"; }
    @Override public String synopsis() { return SYNOPSIS; }
    @Override public String summary() { return "grade your exercise with its hidden tests"; }
    @Override public List<String> completions(Session session) { return ExerciseArgs.ids(session); }

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
        Path sources = session.workspace().exercises().resolve(id.get()).resolve("src/main/java");
        try {
            ProgressListener progress = new ConsoleProgress(session.console());
            GradeResult result = new Grader(session.workspace()).grade(id.get(), sources,
                    new GradeOptions(options.get().verbose(), true), progress);
            session.console().out().print(render(result, options.get().format()));
            session.console().out().flush();
            return result.passed() ? ExitCode.OK : ExitCode.FAILED;
        } catch (ExerciseException e) {
            session.console().err().println("This exercise is broken, which is not your fault: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
    }

    private static String render(GradeResult result, String format) {
        return switch (format) {
            case "json" -> JsonReport.render(result) + "\n";
            case "gradescope" -> GradescopeReport.render(result) + "\n";
            case "exercism" -> ExercismReport.render(result) + "\n";
            default -> TextReport.render(result);
        };
    }

    /** The parsed command line of {@code submit}. */
    record SubmitOptions(List<String> positional, String format, boolean verbose) {
        private static final List<String> FORMATS = List.of("text", "json", "gradescope", "exercism");

        static Optional<SubmitOptions> parse(List<String> args, java.io.PrintWriter err) {
            List<String> positional = new ArrayList<>();
            String format = "text";
            boolean verbose = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--json")) {
                    format = "json";
                } else if (arg.equals("--verbose")) {
                    verbose = true;
                } else if (arg.equals("--format") && i + 1 < args.size() && FORMATS.contains(args.get(i + 1))) {
                    format = args.get(++i);
                } else if (arg.startsWith("--format=") && FORMATS.contains(arg.substring(9))) {
                    format = arg.substring(9);
                } else if (arg.startsWith("-")) {
                    err.println("Unknown option '" + arg + "'. Usage: " + SYNOPSIS);
                    return Optional.empty();
                } else {
                    positional.add(arg);
                }
            }
            return Optional.of(new SubmitOptions(positional, format, verbose));
        }
    }
}
