package dev.loopback.grader.text;

import java.nio.file.Path;

/** A course file an author got wrong, reported as {@code file:line: problem} (line 1-based). */
public abstract class FormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final String problem;

    protected FormatException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public final Path file() { return file; }

    public final int line() { return line; }

    public final String problem() { return problem; }
}
