package dev.loopback.runner;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.Commands;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Suggestions;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Pager;
import dev.loopback.runner.shell.Shell;
import dev.loopback.runner.shell.Terminals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runner: one command from the arguments, or a shell when there are none. */
public final class Loopback {
    private static final int MIN_WIDTH = 20;
    private final Session session;
    private final Commands commands;
    private final boolean fixedWidth;

    /** A runner whose shell follows the terminal's width as it is resized. */
    public Loopback(Session session, Commands commands) {
        this(session, commands, false);
    }

    private Loopback(Session session, Commands commands, boolean fixedWidth) {
        this.session = session;
        this.commands = commands;
        this.fixedWidth = fixedWidth;
    }

    /**
     * The runner on this process's terminal, for the course found from {@code loopback.home} (or the working
     * directory); learner state goes to {@code loopback.state} when set, else {@code .course/}.
     */
    static Loopback standard(Map<String, String> env) {
        Path start = Path.of(System.getProperty("loopback.home", System.getProperty("user.dir")));
        Workspace found = Workspace.find(start).orElse(Workspace.at(start));
        Workspace workspace = Optional.ofNullable(System.getProperty("loopback.state"))
                .map(state -> found.withState(Path.of(state).toAbsolutePath())).orElse(found);
        Console console = Terminals.console(workspace.state(), env);
        return new Loopback(new Session(workspace, console), Commands.standard(), env.containsKey("COLUMNS"));
    }

    /**
     * Runs {@code args} as one command (printed straight out, never paged), or the shell when empty;
     * {@code --width N} (or {@code --width=N}) anywhere sets the layout width. Returns the exit status.
     */
    public int run(String... args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            words.addAll(arg.startsWith("--width=") ? List.of("--width", arg.substring("--width=".length())) : List.of(arg));
        }
        Session current = session;
        int at = words.indexOf("--width");
        if (at >= 0) {
            Optional<Integer> width = at + 1 < words.size() ? columns(words.get(at + 1)) : Optional.empty();
            if (width.isEmpty()) {
                session.console().err().println("--width needs a number of columns, at least " + MIN_WIDTH
                        + ", e.g. --width 80.");
                return ExitCode.USAGE;
            }
            current = session.withConsole(session.console().withWidth(width.get()));
            words.subList(at, at + 2).clear();
        }
        if (words.isEmpty()) {
            return new Shell(current, commands, this::dispatch, at < 0 && !fixedWidth).run();
        }
        return dispatch(current.withConsole(current.console().withPager(Pager.NONE)), words);
    }

    private static Optional<Integer> columns(String text) {
        return text.matches("\\d{1,4}") && Integer.parseInt(text) >= MIN_WIDTH
                ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    private int dispatch(Session session, List<String> words) {
        String name = words.get(0).equals("--help") || words.get(0).equals("-h") ? "help" : words.get(0);
        Optional<Command> command = commands.find(name);
        if (command.isEmpty()) {
            session.console().err().println("Unknown command '" + name + "'." + Suggestions.didYouMean(name, commands.names())
                    + " Type 'help' to see what you can do.");
            session.console().err().flush();
            return ExitCode.USAGE;
        }
        try {
            return command.get().run(words.subList(1, words.size()), session);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return ExitCode.FAILED;
            }
            session.console().err().println("The runner failed inside '" + name + "' (" + e + "). This is a bug in "
                    + "Loopback, not in your work; please report it with the command you typed.");
            return ExitCode.INTERNAL;
        } finally {
            session.console().out().flush();
            session.console().err().flush();
        }
    }
}
