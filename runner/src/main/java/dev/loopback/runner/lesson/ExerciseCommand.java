package dev.loopback.runner.lesson;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.grading.GradingWarmup;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.CourseLoad;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Suggestions;
import dev.loopback.runner.workbench.ExerciseArgument;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Shows an exercise's task page and says where to edit and how to grade it. */
public final class ExerciseCommand implements ExerciseArgument {
    @Override public String name() { return "exercise"; }
    @Override public String synopsis() { return "exercise <id>"; }
    @Override public String summary() { return "an exercise's task, where its code is and how to grade it"; }

    @Override
    public String details() {
        return "Shows the task page of an exercise (the same as 'open <id>'), then where to edit it and the commands "
                + "that grade it and give hints. 'exercises' lists the ids.";
    }

    /** The course's exercises, which is where this command looks ids up. */
    @Override
    public List<String> completions(Session session) {
        return session.courses().load() instanceof CourseLoad.Loaded loaded
                ? loaded.course().exercises().stream().map(ExerciseRef::id).toList() : List.of();
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        List<String> ids = course.get().exercises().stream().map(ExerciseRef::id).toList();
        if (args.isEmpty()) {
            err.println("Which exercise? One of: " + String.join(", ", ids) + ". For example: exercise " + ids.get(0));
            return ExitCode.USAGE;
        }
        Optional<ExerciseRef> exercise = course.get().exercise(args.get(0));
        if (exercise.isEmpty()) {
            err.println("There is no exercise called '" + args.get(0) + "'." + Suggestions.didYouMean(args.get(0), ids)
                    + " Type 'exercises' to see them all.");
            return ExitCode.USAGE;
        }
        String id = exercise.get().id();
        GradingWarmup.exerciseOpened(session, id);
        int status = Page.show(session, session.workspace().exercises().resolve(id).resolve("README.md"),
                "the task page of exercise " + id);
        if (status == ExitCode.OK) {
            err.println("Edit exercises/" + id + "/src/main/java, grade it with 'submit " + id + "', and 'hint " + id
                    + "' shows the next hint.");
        }
        return status;
    }
}
