package dev.loopback.runner.progress;

import java.time.Instant;

/** When a lesson was first and last opened (ISO-8601 instants), and how often. */
public record LessonRead(String firstRead, String lastRead, int times) {

    static LessonRead first(Instant at) {
        return new LessonRead(at.toString(), at.toString(), 1);
    }

    LessonRead again(Instant at) {
        return new LessonRead(firstRead, at.toString(), times + 1);
    }
}
