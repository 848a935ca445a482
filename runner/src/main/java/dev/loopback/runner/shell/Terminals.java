package dev.loopback.runner.shell;

import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Builds the console for this process: JLine on a terminal; plain UTF-8 streams for pipes, CI and files. */
public final class Terminals {
    private static final int DEFAULT_WIDTH = 80;

    private Terminals() {}

    /** The console, its history kept in {@code stateDir}; {@code env} supplies NO_COLOR, TERM and COLUMNS. */
    public static Console console(Path stateDir, Map<String, String> env) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        boolean colour = !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        if (isTerminal()) {
            try {
                Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
                createQuietly(stateDir);
                int width = columns(env).orElse(terminal.getWidth() > 0 ? terminal.getWidth() : DEFAULT_WIDTH);
                return new Console(terminal.writer(), err, new JLineSource(terminal, stateDir.resolve("history")),
                        Palette.of(colour), width, true, new LessPager(terminal));
            } catch (IOException | RuntimeException e) {
                err.println("(No line editing: the terminal could not be opened: " + e.getMessage() + ")");
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        return new Console(out, err, new PlainLineSource(System.in), Palette.of(false),
                columns(env).orElse(DEFAULT_WIDTH), false);
    }

    /** Makes the state folder for the history file; without it the shell still runs, only history is not kept. */
    private static void createQuietly(Path stateDir) {
        try {
            Files.createDirectories(stateDir);
        } catch (IOException e) {
            System.err.println("(Line history is not kept: " + stateDir + " cannot be created: " + e.getMessage() + ")");
        }
    }

    /** Whether stdin and stdout are both a terminal (not a pipe, file or CI log). */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static java.util.OptionalInt columns(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}") && Integer.parseInt(columns.strip()) > 0) {
            return java.util.OptionalInt.of(Integer.parseInt(columns.strip()));
        }
        return java.util.OptionalInt.empty();
    }
}
