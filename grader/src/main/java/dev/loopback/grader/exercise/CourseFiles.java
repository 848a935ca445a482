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
 * Course files the grader needs, found through the course manifest ({@code course.json}): a lesson's Markdown file
 * and headings (the lesson whose {@code number} it is, its {@code file}; a lesson the manifest does not list is
 * looked for as {@code lessons/<number>-*.md}), and a drill's file (the lesson whose {@code drill.id} it is).
 */
public final class CourseFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CourseFiles() {}

    /** The file of lesson {@code number} in the course folder {@code course}. */
    public static Optional<Path> lesson(Path course, String number) {
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
        return manifestFile(course, lesson -> number.equals(lesson.path("number").asText()) ? lesson.path("file") : null);
    }

    /** The file of the drill {@code id}, as the manifest lists it under a lesson's {@code drill}. */
    public static Optional<Path> drill(Path course, String id) {
        return manifestFile(course, lesson -> id.equals(lesson.path("drill").path("id").asText())
                ? lesson.path("drill").path("file") : null);
    }

    /** The first file named by {@code field} (given a lesson of the manifest), when it exists. */
    private static Optional<Path> manifestFile(Path course, java.util.function.Function<JsonNode, JsonNode> field) {
        Path manifest = course.resolve("course.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            for (JsonNode part : JSON.readTree(manifest.toFile()).path("parts")) {
                for (JsonNode lesson : part.path("lessons")) {
                    JsonNode file = field.apply(lesson);
                    if (file != null && file.isTextual()) {
                        Path path = course.resolve(file.asText()).normalize();
                        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
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
        return lesson(course, number).map(CourseFiles::headings).orElse(Set.of());
    }
}
