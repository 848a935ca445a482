package dev.loopback.grader.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A lesson's Markdown file and its headings, found through the course manifest ({@code course.json}: the lesson
 * whose {@code number} it is, its {@code file}); a lesson the manifest does not list is looked for as
 * {@code lessons/<number>-*.md}.
 */
public final class LessonFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LessonFile() {}

    /** The file of lesson {@code number} in the course folder {@code course}. */
    public static Optional<Path> find(Path course, String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        Optional<Path> listed = listed(course, number);
        if (listed.isPresent()) {
            return listed;
        }
        Path lessons = course.resolve("lessons");
        if (!Files.isDirectory(lessons)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(lessons)) {
            return files.filter(f -> f.getFileName().toString().startsWith(number + "-") && f.toString().endsWith(".md"))
                    .sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> listed(Path course, String number) {
        Path manifest = course.resolve("course.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            for (JsonNode part : JSON.readTree(manifest.toFile()).path("parts")) {
                for (JsonNode lesson : part.path("lessons")) {
                    if (number.equals(lesson.path("number").asText()) && lesson.path("file").isTextual()) {
                        Path file = course.resolve(lesson.path("file").asText()).normalize();
                        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty(); // a broken manifest is reported by the course check, not here
        }
        return Optional.empty();
    }

    /** The text of every H2 and H3 heading of {@code lesson}. */
    public static Set<String> headings(Path lesson) {
        try {
            Set<String> headings = new LinkedHashSet<>();
            Files.readAllLines(lesson).stream().filter(l -> l.startsWith("## ") || l.startsWith("### "))
                    .map(l -> l.replaceFirst("^#+\\s+", "").replaceAll("\\s+#+\\s*$", "").strip())
                    .forEach(headings::add);
            return headings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headings of lesson {@code number}, none when it has no file. */
    public static Set<String> headings(Path course, String number) {
        return find(course, number).map(LessonFile::headings).orElse(Set.of());
    }
}
