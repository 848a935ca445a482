package dev.loopback.runner.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.Fixtures;
import dev.loopback.runner.command.Commands;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.output.Palette;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellTest {
    @TempDir
    Path state;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Integer> widths = new ArrayList<>();
    private Function<List<String>, List<String>> completion;

    /** A terminal-like source: scripted lines, a width that changes, completion captured. */
    private final class Keyboard implements LineSource {
        private final Deque<String> lines;
        private int columns = 100;

        Keyboard(String... lines) {
            this.lines = new ArrayDeque<>(List.of(lines));
        }

        @Override
        public Optional<String> readLine(String prompt) {
            columns -= 30;
            return Optional.ofNullable(lines.poll());
        }

        @Override
        public void completeWith(Function<List<String>, List<String>> candidates) {
            completion = candidates;
        }

        @Override
        public OptionalInt columns() {
            return OptionalInt.of(columns);
        }
    }

    private int shell(boolean followWidth, String... lines) {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), new Keyboard(lines),
                Palette.of(false), 80, true);
        Session session = new Session(Workspace.at(Fixtures.sample()).withState(state), console);
        return new Shell(session, Commands.standard(), (s, words) -> {
            widths.add(s.console().width());
            return ExitCode.OK;
        }, followWidth).run();
    }

    @Test
    void eachLineRunsAtTheTerminalsWidthAtThatMoment() {
        assertEquals(ExitCode.OK, shell(true, "outline", "open 05"));
        assertEquals(List.of(70, 40), widths);
    }

    @Test
    void aWidthSetByTheLearnerStays() {
        shell(false, "outline", "open 05");
        assertEquals(List.of(80, 80), widths);
    }

    @Test
    void theBannerSaysWhereYouAreAndWhatToType() {
        shell(true);
        assertTrue(err.toString().startsWith("Loopback: API Design\nYou have read 0 of 1 lesson(s). Next: open 05"), err.toString());
        assertTrue(err.toString().contains("Type help to see what you can do"), err.toString());
    }

    @Test
    void tabCompletionOffersCommandsThenTheIdsOfTheCommand() {
        shell(true);
        assertTrue(completion.apply(List.of()).containsAll(List.of("outline", "open", "next", "help", "quit")));
        assertEquals(List.of("05", "network-sockets", "pool-sizer", "handshake-timer", "fd-leak"),
                completion.apply(List.of("open")));
        assertEquals(List.of(), completion.apply(List.of("open", "05")));
    }

    @Test
    void quitEndsTheShellAndLaterLinesAreNotRun() {
        shell(true, "next", "quit", "outline");
        assertEquals(2, widths.size());
    }
}
