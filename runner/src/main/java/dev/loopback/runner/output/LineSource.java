package dev.loopback.runner.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** Where the runner reads what the learner types: JLine on a terminal, plain lines from a pipe. */
public interface LineSource {

    /** The next line after showing {@code prompt}, or empty at end of input (Ctrl-D, closed pipe). */
    Optional<String> readLine(String prompt);

    /** Offers tab completion: given the words before the cursor's word, the words that may come next. */
    default void completeWith(Function<List<String>, List<String>> candidates) {}

    /**
     * Until the returned handle is closed, Ctrl-C runs {@code action} instead of ending the course, also when pressed
     * at a prompt the running command shows (that prompt then reads as end of input); off a terminal, nothing changes.
     */
    default Scope interruptWith(Runnable action) {
        return () -> {};
    }

    /**
     * Until the returned scope is closed, lines are a code prompt's (a scratchpad's): kept in {@code historyFile}, Tab
     * asks {@code completion}, Ctrl-C clears the line; closing puts back the shell's history and completion.
     */
    default Scope codePrompt(Path historyFile, CodeCompletion completion) {
        return () -> {};
    }

    /** Puts back what was in force before {@link #interruptWith} or {@link #codePrompt}. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Completes code: given a line and the cursor in it, where the completed text starts and what may go there. */
    interface CodeCompletion {
        Completions complete(String line, int cursor);
    }

    /** Texts that may replace the line from {@code anchor} to the cursor. */
    record Completions(int anchor, List<String> texts) {}

    /** The terminal's width now, when reading from a terminal. */
    default OptionalInt columns() {
        return OptionalInt.empty();
    }
}
