package dev.loopback.runner.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.Fixtures;
import dev.loopback.runner.command.Commands;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.output.Palette;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C on an emulated terminal: it cancels the running command, not the course. */
class CtrlCTest {
    @TempDir
    Path state;

    private final LineDisciplineTerminal terminal = terminal();
    private final StringWriter err = new StringWriter();

    private static LineDisciplineTerminal terminal() {
        try {
            LineDisciplineTerminal terminal = new LineDisciplineTerminal("test", "xterm", new ByteArrayOutputStream(),
                    StandardCharsets.UTF_8);
            terminal.supportsGraphemeClusterMode();
            return terminal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void press(String keys) {
        try {
            terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void ctrlCKillsTheCommandsProcessAndReturnsToThePrompt() throws IOException {
        JLineSource source = new JLineSource(terminal, state.resolve("history"));
        press("slow\rquit\r");
        List<String> ran = new ArrayList<>();
        List<Process> started = new ArrayList<>();
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err, true), source,
                Palette.of(false), 80, true);
        Session session = new Session(Workspace.at(Fixtures.sample()).withState(state), console);
        int status = new Shell(session, Commands.standard(), (s, words) -> {
            ran.add(words.get(0));
            return words.get(0).equals("slow") ? waitForSleep(started) : ExitCode.OK;
        }, false).run();
        assertEquals(ExitCode.OK, status);
        assertEquals(List.of("slow", "quit"), ran);
        assertFalse(started.get(0).isAlive(), "the command's process outlived Ctrl-C");
        assertTrue(err.toString().contains(Shell.CANCELLED), err.toString());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    /** Starts a long process, then Ctrl-C arrives while the command waits for it. */
    private int waitForSleep(List<Process> started) {
        try {
            Process sleep = new ProcessBuilder("sleep", "300").start();
            started.add(sleep);
            press("\u0003");
            if (!Thread.currentThread().isInterrupted()) {
                sleep.destroyForcibly();
                return ExitCode.OK;
            }
            try {
                sleep.waitFor();
                return ExitCode.OK;
            } catch (InterruptedException e) {
                sleep.destroyForcibly().onExit().join();
                Thread.currentThread().interrupt();
                return ExitCode.FAILED;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void ctrlCAtACommandsOwnPromptEndsItsInputAndRunsTheAction() {
        JLineSource source = new JLineSource(terminal, state.resolve("history"));
        AtomicBoolean pressed = new AtomicBoolean();
        press("half an answer\r\t");
        source.completeWith(words -> {
            press("\u0003");
            return List.of();
        });
        try (LineSource.Scope ctrlC = source.interruptWith(() -> pressed.set(true))) {
            assertEquals(Optional.of("half an answer"), source.readLine("| "));
            assertEquals(Optional.empty(), source.readLine("| "));
        }
        assertTrue(pressed.get());
    }

    @Test
    void ctrlCAtTheShellPromptOnlyClearsTheLine() {
        JLineSource source = new JLineSource(terminal, state.resolve("history"));
        press("half\t");
        source.completeWith(words -> {
            press("\u0003");
            return List.of();
        });
        assertEquals(Optional.of(""), source.readLine("loopback> "));
    }
}
