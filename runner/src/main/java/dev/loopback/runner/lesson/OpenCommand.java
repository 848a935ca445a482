package dev.loopback.runner.lesson;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.CourseLoad;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.course.Suggestions;
import dev.loopback.runner.guide.NextStep;
import dev.loopback.runner.guide.Scores;
import dev.loopback.runner.watch.LessonWatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Renders a lesson (and marks it read) or an exercise's task page. */
public final class OpenCommand implements Command {
    @Override public String name() { return "open"; }
    @Override public String synopsis() { return "open <lesson|exercise> [section | --watch]"; }
    @Override public String summary() { return "read a lesson (by number or id) or an exercise's task"; }

    @Override
    public String details() {
        return "Shows a lesson rendered for your terminal and marks it read. A lesson is named by its number (05) "
                + "or its id (network-sockets). Add a heading (its text or its anchor) to show just that section, "
                + "as grader feedback suggests. An exercise id shows that exercise's task page. For course authors, "
                + "'open 05 --watch' shows the lesson again after every save of its file, with what validate says "
                + "about its conventions, until Ctrl-C (the same as 'watch --lesson 05').";
    }

    @Override
    public List<String> examples() {
        return List.of("open 05", "open network-sockets", "open 05 keep-alive-timeouts", "open pool-sizer", "open 05 --watch");
    }

    @Override
    public List<String> completions(Session session) {
        return session.courses().load() instanceof CourseLoad.Loaded loaded
                ? keys(loaded.course()) : List.of();
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        if (args.isEmpty()) {
            err.println("Open what? Name a lesson or an exercise, e.g. 'open 05'. Type 'outline' to see them all.");
            return ExitCode.USAGE;
        }
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        String key = args.get(0);
        Optional<Lesson> lesson = course.get().lesson(key);
        if (args.contains("--watch")) {
            if (lesson.isEmpty() || args.size() != 2 || !args.get(1).equals("--watch")) {
                err.println("'open <lesson> --watch' watches a whole lesson, e.g. 'open 05 --watch'"
                        + (lesson.isEmpty() ? "; there is no lesson called '" + key + "'."
                                + Suggestions.didYouMean(key, course.get().lessonKeys()) : "."));
                return ExitCode.USAGE;
            }
            return LessonWatch.run(lesson.get(), session);
        }
        if (lesson.isPresent()) {
            return args.size() > 1 ? section(lesson.get(), String.join(" ", args.subList(1, args.size())), session)
                : lesson(course.get(), lesson.get(), session);
        }
        Optional<ExerciseRef> exercise = course.get().exercise(key);
        if (exercise.isPresent()) {
            return Page.show(session, session.workspace().exercises().resolve(exercise.get().id()).resolve("README.md"),
                    "the task page of exercise " + exercise.get().id());
        }
        err.println("There is no lesson or exercise called '" + key + "'." + Suggestions.didYouMean(key, keys(course.get()))
                + " Type 'outline' to see them all.");
        return ExitCode.USAGE;
    }

    private static int lesson(Course course, Lesson lesson, Session session) {
        Path file = session.courses().dir().resolve(lesson.file());
        int status = Page.show(session, file, lesson.label());
        if (status == ExitCode.OK) {
            var progress = session.progress().update(p -> p.withLessonRead(lesson.number(), Instant.now()));
            NextStep next = NextStep.of(course, progress, Scores.of(session));
            session.console().err().println(lesson.label() + " is marked read. Next: " + next.command() + "  ("
                    + next.why() + ")");
        }
        return status;
    }

    private static int section(Lesson lesson, String wanted, Session session) {
        Path file = session.courses().dir().resolve(lesson.file());
        Optional<String> markdown = Page.read(session, file, lesson.label());
        if (markdown.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        Sections sections = new Sections(markdown.get());
        Optional<Sections.Extract> section = sections.extract(wanted);
        if (section.isPresent()) {
            Page.render(session, section.get().markdown(), section.get().runsBefore());
            return ExitCode.OK;
        }
        List<String> anchors = sections.all().stream().map(Sections.Section::anchor).toList();
        session.console().err().println(lesson.label() + " has no section '" + wanted + "'."
                + Suggestions.didYouMean(wanted, anchors) + " Its sections: " + String.join(", ", anchors) + ".");
        return ExitCode.USAGE;
    }

    private static List<String> keys(Course course) {
        return Stream.concat(course.lessonKeys().stream(), course.exercises().stream().map(ExerciseRef::id)).toList();
    }
}
