package dev.loopback.runner.guide;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Activity;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.course.Part;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.progress.Progress;
import dev.loopback.runner.render.TextWrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The course at a glance: parts, lessons and what each lesson asks of you, with your progress. */
public final class OutlineCommand implements Command {
    private static final String INDENT = "      ";

    @Override public String name() { return "outline"; }
    @Override public String synopsis() { return "outline"; }
    @Override public String summary() { return "the course: lessons, checks, drills, exercises, and what you have done"; }

    @Override
    public String details() {
        return "Lists every part and lesson with its number, estimated minutes and whether you have read it; under each "
                + "lesson its quick check, drill and exercises with their status. Prerequisites this course does not ship "
                + "are named, with where to learn them.";
    }

    @Override
    public List<String> examples() {
        return List.of("outline");
    }

    @Override
    public int run(List<String> args, Session session) {
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        PrintWriter out = session.console().out();
        Palette palette = session.console().palette();
        Progress progress = session.progress().current();
        out.println(palette.heading(course.get().title()));
        for (Part part : course.get().parts()) {
            out.println();
            out.println(palette.strong(part.title()));
            part.lessons().forEach(lesson -> lesson(course.get(), lesson, progress, Scores.of(session), session));
        }
        NextStep next = NextStep.of(course.get(), progress, Scores.of(session));
        out.println();
        out.println("Next: " + palette.code(next.command()) + "  (" + next.why() + ")");
        out.flush();
        return ExitCode.OK;
    }

    private static void lesson(Course course, Lesson lesson, Progress progress, Scores scores, Session session) {
        PrintWriter out = session.console().out();
        Palette palette = session.console().palette();
        String status = progress.isRead(lesson.number()) ? palette.ok("read") : palette.dim("not read yet");
        out.printf("  %-3s %s  %s  %s%n", lesson.number(), palette.strong(lesson.title()),
                palette.dim(lesson.minutes() + " min"), status);
        out.println(INDENT + palette.dim("open " + lesson.number() + "  or  open " + lesson.id()));
        for (String number : lesson.prerequisites()) {
            prerequisite(course, number, session);
        }
        activity("Quick check", lesson.quickCheck(), "quiz", progress.quiz(id(lesson.quickCheck()))
                .map(q -> "best " + q.best() + "/" + q.max() + " after " + q.attempts() + " attempt(s)"), session);
        activity("Drill", lesson.drill(), "drill", progress.drill(id(lesson.drill()))
                .map(d -> d.attempts().size() + " attempt(s)"), session);
        for (ExerciseRef exercise : lesson.exercises()) {
            out.printf("%s%-12s %-22s %s  %s  %s%n", INDENT, "Exercise", "open " + exercise.id(), exercise.title(),
                    palette.dim(exercise.minutes() + " min"), scores.describe(exercise.id()));
        }
    }

    private static void prerequisite(Course course, String number, Session session) {
        PrintWriter out = session.console().out();
        Optional<Lesson> shipped = course.lesson(number);
        if (shipped.isPresent()) {
            out.println(INDENT + "Builds on " + shipped.get().label() + ".");
            return;
        }
        course.external(number).ifPresent(external -> {
            String text = "Builds on Lesson " + number + " - " + external.title()
                    + ", which this course does not include. " + external.note();
            TextWrap.wrap(text, session.console().width() - INDENT.length())
                    .forEach(line -> out.println(INDENT + session.console().palette().warn(line)));
        });
    }

    private static void activity(String kind, Activity activity, String command, Optional<String> done, Session session) {
        if (activity == null) {
            return;
        }
        Palette palette = session.console().palette();
        session.console().out().printf("%s%-12s %-22s %s  %s  %s%n", INDENT, kind, command + " " + activity.id(),
                activity.title(), palette.dim(activity.minutes() + " min"), done.map(palette::ok).orElse(palette.dim("not tried")));
    }

    private static String id(Activity activity) {
        return activity == null ? "" : activity.id();
    }
}
