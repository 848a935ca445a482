package dev.loopback.runner.guide;

import dev.loopback.runner.command.Command;
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
import java.util.ArrayList;
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
        return Page.show(session, OutlineCommand::outline);
    }

    private static void outline(Page page) {
        PrintWriter out = page.out();
        Palette palette = page.palette();
        Progress progress = page.progress();
        out.println(palette.heading(page.course().title()));
        for (Part part : page.course().parts()) {
            out.println();
            out.println(palette.strong(part.title()));
            part.lessons().forEach(lesson -> lesson(page.course(), lesson, progress, page.scores(), page.session()));
        }
        NextStep next = NextStep.of(page.course(), progress, page.scores());
        out.println();
        out.println("Next: " + palette.code(next.command()) + "  (" + next.why() + ")");
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
        List<Row> rows = new ArrayList<>();
        if (lesson.quickCheck() != null) {
            Activity check = lesson.quickCheck();
            rows.add(new Row("quiz " + check.id(), check.title(), check.minutes(), progress.quiz(check.id())
                    .map(q -> palette.ok("best " + q.best() + "/" + q.max()))
                    .orElse(palette.dim("to do"))));
        }
        if (lesson.drill() != null) {
            Activity drill = lesson.drill();
            rows.add(new Row("drill " + drill.id(), drill.title(), drill.minutes(), progress.drill(drill.id())
                    .map(d -> palette.ok(d.attempts().size() + " attempt(s)")).orElse(palette.dim("to do"))));
        }
        for (ExerciseRef exercise : lesson.exercises()) {
            rows.add(new Row("open " + exercise.id(), exercise.title(), exercise.minutes(),
                    scores.describe(exercise.id())));
        }
        Row.print(rows, INDENT, session.console().width(), palette, out);
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
}
