package dev.loopback.grader.validate;

import java.util.List;

/**
 * What {@code validate} found for one exercise: every problem a course author must fix (none means valid), or that the
 * author cancelled it (the thread was interrupted) before it finished.
 */
public record Validation(String exercise, List<String> problems, boolean cancelled) {

    public Validation(String exercise, List<String> problems) {
        this(exercise, problems, false);
    }

    public boolean valid() {
        return problems.isEmpty() && !cancelled;
    }
}
