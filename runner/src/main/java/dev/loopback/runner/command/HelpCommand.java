package dev.loopback.runner.command;

import dev.loopback.runner.course.Suggestions;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.render.TextWrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Teaches the commands by {@link HelpGroups}, each with how to call it and an example; {@code help <command>} for detail. */
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
        return List.of("help open", "help");
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
        int width = commands.all().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        String indent = " ".repeat(width + 4);
        out.println("Commands (a lesson is named by its number, 05, or its id, network-sockets):");
        for (HelpGroups.Group group : HelpGroups.of(commands.all())) {
            out.println(palette.strong(group.title()));
            for (Command command : group.commands()) {
                List<String> summary = TextWrap.wrap(command.summary(), session.console().width() - indent.length());
                out.println("  " + palette.code(String.format("%-" + width + "s", command.name())) + "  " + summary.get(0));
                summary.stream().skip(1).forEach(line -> out.println(indent + line));
                usage(command).ifPresent(usage -> out.println(indent + palette.dim(usage)));
            }
        }
        TextWrap.wrap("Tab completes commands and ids; Up/Down recall earlier lines; Ctrl-C clears the line, or "
                + "stops a running command; Ctrl-D or 'quit' leaves.", session.console().width()).forEach(out::println);
        out.println("The same commands run once from your shell: mvn -q compile exec:java -Dexec.args=\"open 05\"");
        out.flush();
        return ExitCode.OK;
    }

    /** "e.g. open 05", or the synopsis when there is no example, or nothing when the name says it all. */
    private static Optional<String> usage(Command command) {
        Optional<String> example = command.examples().stream().filter(e -> !e.equals(command.name())).findFirst();
        if (example.isPresent()) {
            return Optional.of("e.g. " + example.get());
        }
        return command.synopsis().equals(command.name()) ? Optional.empty() : Optional.of("usage: " + command.synopsis());
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
        TextWrap.wrap(command.get().details(), session.console().width() - 2).forEach(line -> out.println("  " + line));
        command.get().examples().forEach(example -> out.println("  e.g. " + example));
        out.flush();
        return ExitCode.OK;
    }
}
