package dev.loopback.runner.command;

import java.util.List;

/** Leaves the shell; progress is already saved after every command. */
final class QuitCommand implements Command {
    @Override public String name() { return "quit"; }
    @Override public String synopsis() { return "quit"; }
    @Override public String summary() { return "leave the course (progress is kept)"; }

    @Override
    public String details() {
        return "Leaves the shell. Your progress is saved after every command, so nothing is lost; Ctrl-D does the same.";
    }

    @Override
    public int run(List<String> args, Session session) {
        session.console().err().println("Bye. Your progress is saved in " + session.progress().file() + ".");
        session.console().err().flush();
        return ExitCode.OK;
    }
}
