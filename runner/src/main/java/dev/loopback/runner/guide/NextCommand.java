package dev.loopback.runner.guide;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.Session;
import java.util.List;

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
        return Page.show(session, page -> {
            NextStep next = NextStep.of(page.course(), page.progress(), page.scores());
            page.out().println(page.palette().code(next.command()) + "  (" + next.why() + ")");
        });
    }
}
