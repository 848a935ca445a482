package dev.loopback.runner.output;

import java.util.Optional;

/** Where the runner reads what the learner types: JLine on a terminal, plain lines from a pipe. */
public interface LineSource {

    /** The next line after showing {@code prompt}, or empty at end of input (Ctrl-D, closed pipe). */
    Optional<String> readLine(String prompt);
}
