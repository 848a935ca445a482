package dev.loopback.runner.quiz;

import dev.loopback.grader.text.FormatException;
import java.nio.file.Path;

/** A quick-check file an author got wrong: which file, which line (1-based) and what is wrong there. */
public final class QuizFormatException extends FormatException {
    private static final long serialVersionUID = 1L;

    public QuizFormatException(Path file, int line, String problem) {
        super(file, line, problem);
    }
}
