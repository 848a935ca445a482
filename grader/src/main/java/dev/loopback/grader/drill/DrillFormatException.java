package dev.loopback.grader.drill;

import dev.loopback.grader.text.FormatException;
import java.nio.file.Path;

/** A drill file an author got wrong: which file, which line (1-based) and what is wrong there. */
public final class DrillFormatException extends FormatException {
    private static final long serialVersionUID = 1L;

    public DrillFormatException(Path file, int line, String problem) {
        super(file, line, problem);
    }
}
