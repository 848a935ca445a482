package dev.loopback.runner.shell;

import dev.loopback.runner.grading.GradingWarmup;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.Commands;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.LineSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToIntBiFunction;

/** The read-run loop: a banner, then one command per line until {@code quit} or end of input. */
public final class Shell {
    private static final String PROMPT = "loopback> ";
    static final String CANCELLED = "Cancelled. Nothing was recorded; you are back at the prompt.";
    private final Session session;
    private final Commands commands;
    private final ToIntBiFunction<Session, List<String>> dispatch;
    private final boolean followWidth;

    /** A shell running each line with {@code dispatch}; with {@code followWidth}, output fits the terminal as resized. */
    public Shell(Session session, Commands commands, ToIntBiFunction<Session, List<String>> dispatch, boolean followWidth) {
        this.session = session;
        this.commands = commands;
        this.dispatch = dispatch;
        this.followWidth = followWidth;
    }

    /** Runs until the learner leaves; returns {@link ExitCode#OK}, or INTERNAL when the course cannot load. */
    public int run() {
        if (!Banner.show(session)) {
            return ExitCode.INTERNAL;
        }
        session.console().in().completeWith(this::candidates);
        try (GradingWarmup.Scope warm = GradingWarmup.atShellStart(session)) {
            return loop();
        }
    }

    private int loop() {
        while (true) {
            Optional<String> line = session.console().in().readLine(PROMPT);
            if (line.isEmpty()) {
                session.console().err().println("Bye. Your progress is saved in " + session.progress().file() + ".");
                return ExitCode.OK;
            }
            List<String> words = words(line.get());
            if (words.isEmpty()) {
                continue;
            }
            runCancellable(words);
            session.console().out().flush();
            if (words.get(0).equals("quit")) {
                return ExitCode.OK;
            }
        }
    }

    /** Runs one command; Ctrl-C interrupts its thread, and the learner is told it was cancelled. */
    private void runCancellable(List<String> words) {
        Thread command = Thread.currentThread();
        try (LineSource.Scope ctrlC = session.console().in().interruptWith(command::interrupt)) {
            dispatch.applyAsInt(current(), words);
        } finally {
            if (Thread.interrupted()) {
                session.console().out().flush();
                session.console().err().println(CANCELLED);
                session.console().err().flush();
            }
        }
    }

    private Session current() {
        OptionalInt columns = followWidth ? session.console().in().columns() : OptionalInt.empty();
        return columns.isPresent() ? session.withConsole(session.console().withWidth(columns.getAsInt())) : session;
    }

    static List<String> words(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    private List<String> candidates(List<String> before) {
        if (before.isEmpty()) {
            return commands.all().stream().map(Command::name).toList();
        }
        if (before.size() == 1) {
            return commands.find(before.get(0)).map(command -> command.completions(session)).orElse(List.of());
        }
        return List.of();
    }
}
