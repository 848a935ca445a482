package dev.loopback.runner.course;

import java.util.List;

/** A group of lessons in the outline. */
public record Part(String id, String title, List<Lesson> lessons) {
    public Part {
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }
}
