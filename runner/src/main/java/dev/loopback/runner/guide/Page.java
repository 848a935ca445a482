package dev.loopback.runner.guide;

import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.progress.Progress;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Consumer;

/** What a guide command prints with: the loaded course and the session's output, progress and scores. */
record Page(Session session, Course course, PrintWriter out, Palette palette) {

    /** Prints {@code body} and returns OK, or returns INTERNAL when the course did not load (the session said why). */
    static int show(Session session, Consumer<Page> body) {
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        Page page = new Page(session, course.get(), session.console().out(), session.console().palette());
        body.accept(page);
        page.out().flush();
        return ExitCode.OK;
    }

    Progress progress() {
        return session.progress().current();
    }

    Scores scores() {
        return Scores.of(session);
    }
}
