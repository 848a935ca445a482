package dev.loopback.runner.shell;

import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.guide.NextStep;
import dev.loopback.runner.guide.Scores;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.progress.Progress;
import java.io.PrintWriter;
import java.util.Optional;

/** The shell's welcome: which course, where you are in it, what to type. */
final class Banner {
    private Banner() {}

    /** Shows the banner on {@code err}; false when the course cannot be loaded (the problems are shown instead). */
    static boolean show(Session session) {
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return false;
        }
        PrintWriter err = session.console().err();
        Palette palette = session.console().palette();
        Progress progress = session.progress().current();
        long read = course.get().lessons().stream().filter(lesson -> progress.isRead(lesson.number())).count();
        NextStep next = NextStep.of(course.get(), progress, Scores.of(session));
        err.println(palette.heading("Loopback: " + course.get().title()));
        err.println("You have read " + read + " of " + course.get().lessons().size() + " lesson(s). Next: "
                + palette.code(next.command()) + "  (" + next.why() + ")");
        err.println("Type " + palette.code("help") + " to see what you can do, " + palette.code("outline")
                + " for the course, " + palette.code("quit") + " to leave.");
        err.flush();
        return true;
    }
}
