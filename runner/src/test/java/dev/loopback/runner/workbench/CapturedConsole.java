package dev.loopback.runner.workbench;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.output.Palette;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A console whose input is a fixed list of lines and whose out and err are kept for assertions. */
public final class CapturedConsole {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Deque<String> input;
    private final List<String> prompts = new ArrayList<>();
    private final boolean interactive;
    private final Optional<LineSource> source;

    private CapturedConsole(String input, boolean interactive) {
        this.input = new ArrayDeque<>(input.lines().toList());
        this.interactive = interactive;
        this.source = Optional.empty();
    }

    private CapturedConsole(LineSource source) {
        this.input = new ArrayDeque<>();
        this.interactive = false;
        this.source = Optional.of(source);
    }

    /** Input from a pipe read by {@code source} (e.g. a real one that stays open until the test closes it). */
    public static CapturedConsole piped(LineSource source) {
        return new CapturedConsole(source);
    }

    /** Input as from a pipe: no prompts matter, no questions asked. */
    public static CapturedConsole piped(String input) {
        return new CapturedConsole(input, false);
    }

    /** Input as typed at a terminal. */
    public static CapturedConsole typed(String input) {
        return new CapturedConsole(input, true);
    }

    public Session session(Workspace workspace) {
        LineSource lines = source.isPresent() ? source.get() : prompt -> {
            prompts.add(prompt);
            return Optional.ofNullable(input.poll());
        };
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), lines,
                Palette.of(false), 80, interactive);
        return new Session(workspace, console);
    }

    public String out() { return out.toString(); }
    public String err() { return err.toString(); }
    public List<String> prompts() { return List.copyOf(prompts); }
}
