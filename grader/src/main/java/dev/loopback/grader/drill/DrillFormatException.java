package dev.loopback.grader.drill;

import java.nio.file.Path;

/** A drill file an author got wrong: which file, which line (1-based) and what is wrong there. */
public final class DrillFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final String problem;

    public DrillFormatException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() { return file; }

    public int line() { return line; }

    public String problem() { return problem; }
}
