package dev.loopback.runner.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import dev.loopback.runner.output.LineSource;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's line editor on a terminal emulated over streams: the keys a learner presses, as bytes. */
class JLineSourceTest {
    @TempDir
    Path state;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    /** A line editor over an emulated xterm that has already been probed, with {@code keys} typed ahead. */
    private JLineSource typing(String keys) throws IOException {
        LineDisciplineTerminal terminal = new LineDisciplineTerminal("test", "xterm", screen, StandardCharsets.UTF_8);
        terminal.supportsGraphemeClusterMode();
        JLineSource source = new JLineSource(terminal, state.resolve("history"));
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        return source;
    }

    @Test
    void ctrlDEndsTheInput() throws IOException {
        JLineSource source = typing("open 05\r\u0004");
        assertEquals(Optional.of("open 05"), source.readLine("loopback> "));
        assertEquals(Optional.empty(), source.readLine("loopback> "));
    }

    @Test
    void linesAreKeptInTheHistoryFile() throws IOException {
        JLineSource source = typing("outline\r\u0004");
        source.readLine("loopback> ");
        source.readLine("loopback> ");
        assertTrue(Files.readString(state.resolve("history")).contains("outline"));
    }

    @Test
    void tabCompletesACommandNameFromTheOffer() throws IOException {
        JLineSource source = typing("out\t\r");
        source.completeWith(words -> words.isEmpty() ? List.of("outline", "open") : List.of());
        assertEquals(Optional.of("outline "), source.readLine("loopback> "));
    }

    @Test
    void tabCompletesTheArgumentFromTheWordsBeforeIt() throws IOException {
        JLineSource source = typing("open net\t\r");
        source.completeWith(words -> words.equals(List.of("open")) ? List.of("05", "network-sockets") : List.of());
        assertEquals(Optional.of("open network-sockets "), source.readLine("loopback> "));
    }

    @Test
    void aCodePromptKeepsItsOwnHistoryAndPutsTheShellsBack() throws IOException {
        JLineSource source = typing("outline\rint x = 1;\rprogress\r");
        source.readLine("loopback> ");
        try (LineSource.Scope prompt = source.codePrompt(state.resolve("jshell-history"),
                (line, cursor) -> new LineSource.Completions(cursor, List.of()))) {
            assertEquals(Optional.of("int x = 1;"), source.readLine("jshell> "));
        }
        source.readLine("loopback> ");
        assertEquals(List.of("int x = 1;"), Files.readAllLines(state.resolve("jshell-history")).stream()
                .map(line -> line.substring(line.indexOf(':') + 1)).toList());
        String shell = Files.readString(state.resolve("history"));
        assertTrue(shell.contains("outline") && shell.contains("progress") && !shell.contains("int x"), shell);
    }

    @Test
    void tabAtACodePromptCompletesCodeNotCommands() throws IOException {
        JLineSource source = typing("\"abc\".toUpp\t\rout\t\r");
        source.completeWith(words -> List.of("outline"));
        try (LineSource.Scope prompt = source.codePrompt(state.resolve("jshell-history"),
                (line, cursor) -> new LineSource.Completions(6, List.of("toUpperCase("))) ) {
            assertEquals(Optional.of("\"abc\".toUpperCase("), source.readLine("jshell> "));
        }
        assertEquals(Optional.of("outline "), source.readLine("loopback> "));
    }
}
