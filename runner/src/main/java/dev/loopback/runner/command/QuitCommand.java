package dev.loopback.runner.command;

import java.util.List;

/** Leaves the shell; progress is already saved after every command. */
final class QuitCommand implements Command {
    @Override public String name() { return "quit"; }
    @Override public String synopsis() { return "quit"; }
    @Override public String summary() { return "leave the course (progress is kept)"; }

    @Override
    public int run(List<String> args, Session session) {
        return ExitCode.OK;
    }
}
