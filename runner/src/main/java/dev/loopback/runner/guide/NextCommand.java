package dev.loopback.runner.guide;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import java.util.List;
import java.util.Optional;

/** Says what to do next, from your progress: read, check, drill, then exercises. */
public final class NextCommand implements Command {
    @Override public String name() { return "next"; }
    @Override public String synopsis() { return "next"; }
    @Override public String summary() { return "what to do next, based on your progress"; }

    @Override
    public String details() {
        return "Suggests one command: the first lesson you have not read, then its quick check, its drill, and its "
                + "exercises in order until each passes.";
    }

    @Override
    public List<String> examples() {
        return List.of("next");
    }

    @Override
    public int run(List<String> args, Session session) {
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        NextStep next = NextStep.of(course.get(), session.progress().current(), Scores.of(session));
        session.console().out().println(session.console().palette().code(next.command()) + "  (" + next.why() + ")");
        session.console().out().flush();
        return ExitCode.OK;
    }
}
