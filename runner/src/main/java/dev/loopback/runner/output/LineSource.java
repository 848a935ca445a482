package dev.loopback.runner.output;

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
    default Interruption interruptWith(Runnable action) {
        return () -> {};
    }

    /** Puts back what Ctrl-C did before {@link #interruptWith}. */
    interface Interruption extends AutoCloseable {
        @Override
        void close();
    }

    /** The terminal's width now, when reading from a terminal. */
    default OptionalInt columns() {
        return OptionalInt.empty();
    }
}
