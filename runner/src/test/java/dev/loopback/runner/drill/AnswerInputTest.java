package dev.loopback.runner.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer comes from a real editor process when one is given, and from typed lines otherwise. */
class AnswerInputTest {
    @TempDir
    Path home;

    private final StringWriter err = new StringWriter();

    private Session session(List<String> typed) {
        Deque<String> lines = new ArrayDeque<>(typed);
        Console console = new Console(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                prompt -> Optional.ofNullable(lines.poll()), Palette.of(false), 80, true);
        return new Session(Workspace.at(home), console);
    }

    @Test
    void anEditorsSavedTextIsTheAnswerWithoutTheInstructionLines() {
        String editor = "printf 'The first call pays the TLS handshake.\\n' >>";
        Optional<String> answer = new AnswerInput(session(List.of()), Optional.of(editor)).read(Optional.empty());
        assertEquals("The first call pays the TLS handshake.", answer.orElseThrow());
    }

    @Test
    void anEditorThatFailsFallsBackToTypedLines() {
        Optional<String> answer = new AnswerInput(session(List.of("typed instead", ".")), Optional.of("false"))
                .read(Optional.empty());
        assertEquals("typed instead", answer.orElseThrow());
        assertTrue(err.toString().contains("exited with status 1"), err.toString());
    }

    @Test
    void typedLinesEndAtALoneDot() {
        Optional<String> answer = new AnswerInput(session(List.of("one", "two", " . ", "after")), Optional.empty())
                .read(Optional.empty());
        assertEquals("one\ntwo", answer.orElseThrow());
    }
}
