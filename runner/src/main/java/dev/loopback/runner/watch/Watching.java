package dev.loopback.runner.watch;

import dev.loopback.runner.output.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/** Where the next change comes from, said to the learner: saves under a folder, or Enter where saves cannot be watched. */
final class Watching {
    private Watching() {}

    /**
     * Saves of the files {@code counts} accepts under {@code root}, announced as "Watching {@code where}: every save
     * {@code onSave}."; with input from a pipe its end (or a line holding q) stops watching. Where the file system
     * cannot report saves, Enter presses instead, after saying so and {@code byHand}.
     */
    static Changes announced(Path root, Predicate<Path> counts, Duration quiet, Console console, String where,
            String onSave, String byHand) {
        try {
            Changes changes = DirectoryChanges.open(root, quiet, counts);
            if (console.interactive()) {
                console.err().println("Watching " + where + ": every save " + onSave + ". Ctrl-C stops watching.");
            } else {
                EndOfInput.stops(changes, console.in());
                console.err().println("Watching " + where + ": every save " + onSave + ". The end of input (or a line "
                        + "holding q) stops watching.");
            }
            return changes;
        } catch (IOException | UnsupportedOperationException e) {
            console.err().println("This file system cannot report saves of " + where + " (" + e.getMessage() + "), so "
                    + byHand);
            return new EnterPresses(console.in());
        }
    }
}
