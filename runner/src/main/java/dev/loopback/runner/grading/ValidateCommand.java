package dev.loopback.runner.grading;

import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.validate.Validation;
import dev.loopback.grader.validate.Validator;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * For course authors: checks the course (manifest, quick checks, drills), then each exercise's rubric, test mapping,
 * lesson links, the stub's baseline and the reference's full marks; Ctrl-C (an interrupt) stops it before the next grading and the shell says it was cancelled.
 */
public final class ValidateCommand implements Command {
    private static final int DEFAULT_RUNS = 20;

    @Override public String name() { return "validate"; }
    @Override public String synopsis() { return "validate [exercise] [--runs N]"; }
    @Override public String summary() { return "for course authors: check that exercises are graded correctly"; }
    @Override public List<String> completions(Session session) { return ExerciseArgs.ids(session); }
    @Override public List<String> examples() { return List.of("validate", "validate pool-sizer --runs 5"); }

    @Override
    public String details() {
        return "For course authors. Without an exercise, first checks the course: the manifest, and that every quick "
                + "check and drill file parses (a mistake is named by file and line). Then checks each exercise: rubric well-formed with points adding up to 100, every hidden "
                + "test tagged with exactly one criterion and every criterion tested, rubric sections are headings of "
                + "the lesson, hints present, the stub scoring its baseline, and the reference solution scoring full "
                + "marks 20 times in a row (--runs N to change).";
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        List<String> ids = new ArrayList<>();
        int runs = DEFAULT_RUNS;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--runs") && i + 1 < args.size() && args.get(i + 1).matches("\\d{1,4}")) {
                runs = Integer.parseInt(args.get(++i));
            } else if (args.get(i).startsWith("-")) {
                err.println("Unknown option '" + args.get(i) + "'. Usage: " + synopsis());
                return ExitCode.USAGE;
            } else {
                ids.add(args.get(i));
            }
        }
        Exercises exercises = new Exercises(session.workspace().graderExercises());
        boolean allValid = true;
        if (ids.isEmpty()) {
            allValid = print(CourseCheck.of(session), session);
            ids.addAll(exercises.ids());
        } else if (ExerciseArgs.exercise(ids, session, synopsis()).isEmpty()) {
            return ExitCode.USAGE;
        }
        Validator validator = new Validator(session.workspace(), line -> err.println(session.console().palette().dim(line)));
        for (String id : ids) {
            Validation validation = validator.validate(id, runs);
            if (validation.cancelled()) {
                return ExitCode.FAILED;
            }
            allValid &= validation.valid();
            print(validation, runs, session);
        }
        return allValid ? ExitCode.OK : ExitCode.FAILED;
    }

    private static boolean print(CourseCheck course, Session session) {
        PrintWriter out = session.console().out();
        if (course.valid()) {
            out.println(session.console().palette().ok("OK") + "    course: " + String.join(", ", course.checked()));
        } else {
            out.println(session.console().palette().fail("FAIL") + "  course:");
            course.problems().forEach(p -> out.println("      - " + p));
        }
        return course.valid();
    }

    private static void print(Validation validation, int runs, Session session) {
        PrintWriter out = session.console().out();
        if (validation.valid()) {
            out.println(session.console().palette().ok("OK") + "    " + validation.exercise()
                    + ": rubric, test mapping, lesson links, stub baseline, reference 100 x " + runs);
            return;
        }
        out.println(session.console().palette().fail("FAIL") + "  " + validation.exercise() + ":");
        validation.problems().forEach(p -> out.println("      - " + p));
    }
}
