package dev.loopback.runner;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.Commands;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.output.Palette;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The runner: one command from the arguments, or a shell when there are none. */
public final class Loopback {
    private final Session session;
    private final Commands commands;

    public Loopback(Session session, Commands commands) {
        this.session = session;
        this.commands = commands;
    }

    /** The runner on this process's terminal, for the course found from {@code loopback.home} or the working directory. */
    static Loopback standard() {
        Path start = Path.of(System.getProperty("loopback.home", System.getProperty("user.dir")));
        Workspace workspace = Workspace.find(start).orElse(Workspace.at(start));
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        LineSource in = prompt -> {
            try {
                return Optional.ofNullable(stdin.readLine());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Console console = new Console(out, err, in, Palette.of(colour), 80, System.console() != null);
        return new Loopback(new Session(workspace, console), Commands.standard());
    }

    /** Runs {@code args} as one command, or the shell when empty; returns the exit status. */
    public int run(String... args) {
        if (args.length == 0) {
            return shell();
        }
        return dispatch(Arrays.asList(args));
    }

    private int shell() {
        while (true) {
            Optional<String> line = session.console().in().readLine("loopback> ");
            if (line.isEmpty()) {
                return ExitCode.OK;
            }
            List<String> words = Arrays.asList(line.get().trim().split("\\s+"));
            if (words.get(0).isEmpty()) {
                continue;
            }
            dispatch(words);
            if (words.get(0).equals("quit")) {
                return ExitCode.OK;
            }
        }
    }

    private int dispatch(List<String> words) {
        Optional<Command> command = commands.find(words.get(0));
        if (command.isEmpty()) {
            session.console().err().println("Unknown command '" + words.get(0) + "'. Type 'help' to see what you can do.");
            return ExitCode.USAGE;
        }
        return command.get().run(words.subList(1, words.size()), session);
    }
}
