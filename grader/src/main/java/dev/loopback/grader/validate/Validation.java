package dev.loopback.grader.validate;

import java.util.List;

/** What {@code validate} found for one exercise: every problem a course author must fix (none means valid). */
public record Validation(String exercise, List<String> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
