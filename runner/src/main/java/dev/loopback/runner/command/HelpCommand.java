package dev.loopback.runner.command;

import dev.loopback.runner.course.Suggestions;
import dev.loopback.runner.output.Palette;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Teaches the commands: each with how to call it and an example; {@code help <command>} for detail. */
final class HelpCommand implements Command {
    private final Commands commands;

    HelpCommand(Commands commands) {
        this.commands = commands;
    }

    @Override public String name() { return "help"; }
    @Override public String synopsis() { return "help [command]"; }
    @Override public String summary() { return "what you can do here; 'help open' explains one command"; }

    @Override
    public List<String> examples() {
        return List.of("help", "help open");
    }

    @Override
    public List<String> completions(Session session) {
        return commands.names();
    }

    @Override
    public int run(List<String> args, Session session) {
        return args.isEmpty() ? overview(session) : detail(args.get(0), session);
    }

    private int overview(Session session) {
        PrintWriter out = session.console().out();
        Palette palette = session.console().palette();
        int width = commands.all().stream().mapToInt(c -> c.synopsis().length()).max().orElse(0);
        out.println("Commands (a lesson is named by its number, 05, or its id, network-sockets):");
        for (Command command : commands.all()) {
            out.println("  " + palette.code(String.format("%-" + width + "s", command.synopsis())) + "  " + command.summary());
            command.examples().stream().filter(example -> !example.equals(command.synopsis())).findFirst()
                    .ifPresent(example -> out.println("  " + " ".repeat(width) + "  " + palette.dim("e.g. " + example)));
        }
        out.println("Tab completes commands and ids; Up/Down recall earlier lines; Ctrl-C cancels a line; Ctrl-D or 'quit' leaves.");
        out.println("The same commands run once from your shell: mvn -q compile exec:java -Dexec.args=\"open 05\"");
        out.flush();
        return ExitCode.OK;
    }

    private int detail(String name, Session session) {
        Optional<Command> command = commands.find(name);
        if (command.isEmpty()) {
            session.console().err().println("There is no command '" + name + "'." + Suggestions.didYouMean(name, commands.names())
                    + " Type 'help' to see them all.");
            return ExitCode.USAGE;
        }
        PrintWriter out = session.console().out();
        out.println(session.console().palette().code(command.get().synopsis()));
        out.println("  " + command.get().details());
        command.get().examples().forEach(example -> out.println("  e.g. " + example));
        out.flush();
        return ExitCode.OK;
    }
}
