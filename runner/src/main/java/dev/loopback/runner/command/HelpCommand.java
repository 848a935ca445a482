package dev.loopback.runner.command;

import java.io.PrintWriter;
import java.util.List;

/** Lists the commands, each with how to call it and what it is for. */
final class HelpCommand implements Command {
    private final Commands commands;

    HelpCommand(Commands commands) {
        this.commands = commands;
    }

    @Override public String name() { return "help"; }
    @Override public String synopsis() { return "help"; }
    @Override public String summary() { return "what you can do here"; }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter out = session.console().out();
        int width = commands.all().stream().mapToInt(c -> c.synopsis().length()).max().orElse(0);
        for (Command command : commands.all()) {
            out.printf("  %-" + width + "s  %s%n", command.synopsis(), command.summary());
        }
        return ExitCode.OK;
    }
}
