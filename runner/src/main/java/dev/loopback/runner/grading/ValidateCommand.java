package dev.loopback.runner.grading;

import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.validate.Validation;
import dev.loopback.grader.validate.Validator;
import dev.loopback.runner.author.AuthorTodos;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.CourseLoad;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For course authors: checks the course (manifest, quick checks, drills, exercise entries), then each exercise's rubric,
 * test mapping, lesson links, stub copy, the stub's baseline and the reference's full marks ({@code --course} only the
 * course; {@code --drill} a drill's agreement with a labelled set); Ctrl-C (an interrupt) stops it before the next grading and the shell says it was cancelled.
 */
public final class ValidateCommand implements Command {
    private static final int DEFAULT_RUNS = 20;

    @Override public String name() { return "validate"; }
    @Override public String synopsis() { return "validate [exercise | --course | --drill <id> [--labels DIR | --calibrate]] [--runs N]"; }
    @Override public String summary() { return "for course authors: check the course and that exercises are graded correctly"; }
    @Override public List<String> completions(Session session) { return ExerciseArgs.ids(session); }
    @Override public List<String> examples() {
        return List.of("validate", "validate pool-sizer --runs 5", "validate --course", "validate --drill 05",
                "validate --drill 05 --calibrate");
    }

    @Override
    public String details() {
        return "For course authors. Without an exercise, first checks the course: the manifest, that every quick "
                + "check and drill file parses (a mistake is named by file and line), and that the manifest's exercises "
                + "and the exercise folders agree (each listed one exists, each one is listed under the lesson its "
                + "exercise.json names, with a task page and a module in exercises/pom.xml). Then checks each exercise: "
                + "rubric well-formed with points adding up to 100, every hidden test tagged with exactly one criterion "
                + "and every criterion tested, rubric sections are headings of its lesson, hints present, the learner's "
                + "copy byte-identical to the stub, the stub scoring its baseline, and the reference solution scoring "
                + "full marks 20 times in a row (--runs N to change). --course checks only the course (seconds). "
                + "--drill <id> prints how often the drill's scorer agrees with a labelled set of answers, per "
                + "criterion (default set: the drill's labelled pool, course/drills/<id>-labelled/; --labels DIR for "
                + "another), and fails below 90%; a calibrated drill prints the rules alone and the calibrated scorer, "
                + "each pool answer scored with its own group left out. --drill <id> --calibrate fits the drill's "
                + "calibration on its pool and the pool's BLIND-RULES.tsv, writes <drill>.calibration.json and prints "
                + "its leave-one-group-out agreement.";
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        List<String> ids = new ArrayList<>();
        int runs = DEFAULT_RUNS;
        boolean courseOnly = false;
        String drill = null;
        Path labels = null;
        boolean calibrate = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size() && !args.get(i + 1).startsWith("-");
            if (arg.equals("--runs") && hasValue && args.get(i + 1).matches("\\d{1,4}")) {
                runs = Integer.parseInt(args.get(++i));
            } else if (arg.equals("--course")) {
                courseOnly = true;
            } else if (arg.equals("--drill") && hasValue) {
                drill = args.get(++i);
            } else if (arg.equals("--calibrate")) {
                calibrate = true;
            } else if (arg.equals("--labels") && hasValue) {
                labels = session.workspace().home().resolve(args.get(++i));
            } else if (arg.startsWith("-")) {
                err.println("Unknown option '" + arg + "'. Usage: " + synopsis());
                return ExitCode.USAGE;
            } else {
                ids.add(arg);
            }
        }
        if (calibrate && (drill == null || labels != null) || labels != null && drill == null || drill != null && (courseOnly || !ids.isEmpty()) || courseOnly && !ids.isEmpty()) {
            err.println("Usage: " + synopsis() + "   (--labels or --calibrate goes with --drill; --course, --drill and an exercise "
                    + "are separate checks)");
            return ExitCode.USAGE;
        }
        if (drill != null) {
            return DrillAgreementCheck.run(drill, labels, calibrate, session, java.time.Clock.systemUTC());
        }
        if (courseOnly) {
            return print(CourseCheck.of(session), session) ? ExitCode.OK : ExitCode.FAILED;
        }
        Exercises exercises = new Exercises(session.workspace().graderExercises());
        boolean allValid = true;
        boolean whole = ids.isEmpty();
        if (whole) {
            allValid = print(CourseCheck.of(session), session);
            ids.addAll(exercises.ids());
        } else if (ExerciseArgs.exercise(ids, session, synopsis()).isEmpty()) {
            return ExitCode.USAGE;
        }
        Validator validator = new Validator(session.workspace(), line -> err.println(session.console().palette().dim(line)));
        for (String id : ids) {
            List<String> todos = AuthorTodos.in(session.workspace().home(), List.of(
                    session.workspace().graderExercises().resolve(id), session.workspace().exercises().resolve(id),
                    session.workspace().home().resolve("grader/src/test/resources/scenarios").resolve(id)));
            Validation validation = todos.isEmpty() ? validator.validate(id, runs) : unfilled(id, todos);
            if (validation.cancelled()) {
                return ExitCode.FAILED;
            }
            if (!whole) {
                validation = withEntry(validation, session);
            }
            allValid &= validation.valid();
            print(validation, runs, session);
        }
        return allValid ? ExitCode.OK : ExitCode.FAILED;
    }

    /** A scaffold not filled in yet: its markers, and no grading (a stub and solution of TODOs say nothing). */
    private static Validation unfilled(String id, List<String> todos) {
        List<String> problems = new ArrayList<>(todos);
        problems.add("not graded yet: fill the " + todos.size() + " " + AuthorTodos.MARK + " marker"
                + (todos.size() == 1 ? "" : "s") + " above, then validate " + id + " again");
        return new Validation(id, problems, false);
    }

    /** {@code validation} with the problems of its exercise's manifest entry and learner folder first. */
    private static Validation withEntry(Validation validation, Session session) {
        List<String> problems = new ArrayList<>();
        if (session.courses().load() instanceof CourseLoad.Loaded loaded) {
            problems.addAll(ExerciseEntries.of(loaded.course(), session.workspace(), validation.exercise()));
        } else {
            ((CourseLoad.Broken) session.courses().load()).problems().forEach(problems::add);
        }
        problems.addAll(validation.problems());
        return new Validation(validation.exercise(), problems, validation.cancelled());
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
                    + ": rubric, test mapping, lesson links, stub copy, stub baseline, reference 100 x " + runs);
            return;
        }
        out.println(session.console().palette().fail("FAIL") + "  " + validation.exercise() + ":");
        validation.problems().forEach(p -> out.println("      - " + p));
    }
}
