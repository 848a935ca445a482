package dev.loopback.runner.scratch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** A shipped lesson's number, title and Markdown file, looked up in {@code course/course.json}. */
record LessonFile(String number, String title, Path markdown) {

    /** The lesson whose number (e.g. {@code 05}) or id (e.g. {@code network-sockets}) is {@code key}. */
    static Optional<LessonFile> find(Workspace workspace, String key) {
        try {
            JsonNode course = new ObjectMapper().readTree(workspace.course().resolve("course.json").toFile());
            for (JsonNode part : course.path("parts")) {
                for (JsonNode lesson : part.path("lessons")) {
                    if (key.equals(lesson.path("number").asText()) || key.equals(lesson.path("id").asText())) {
                        return Optional.of(new LessonFile(lesson.path("number").asText(),
                                lesson.path("title").asText(), workspace.course().resolve(lesson.path("file").asText())));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read course/course.json: " + e.getMessage(), e);
        }
    }
}
