package dev.loopback.grader.validate;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Checks that every rubric section is a heading (H2 or H3) of the exercise's lesson. */
final class LessonSections {
    private LessonSections() {}

    static List<String> check(Exercise exercise, Path course) {
        Optional<Path> lesson = lessonFile(course, exercise.spec().lesson());
        if (lesson.isEmpty()) {
            return List.of("exercise.json: lesson \"" + exercise.spec().lesson() + "\" has no file course/lessons/"
                    + exercise.spec().lesson() + "-*.md");
        }
        Set<String> headings = headings(lesson.get());
        List<String> problems = new ArrayList<>();
        for (Criterion c : exercise.rubric().criteria()) {
            if (c.section() != null && !headings.contains(c.section().strip())) {
                problems.add("rubric.json: criterion " + c.id() + " links to section \"" + c.section()
                        + "\", which is no heading of " + course.relativize(lesson.get()));
            }
        }
        return problems;
    }

    private static Optional<Path> lessonFile(Path course, String number) {
        Path lessons = course.resolve("lessons");
        if (number == null || !Files.isDirectory(lessons)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(lessons)) {
            return files.filter(f -> f.getFileName().toString().startsWith(number + "-") && f.toString().endsWith(".md"))
                    .sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> headings(Path lesson) {
        try {
            return Files.readAllLines(lesson).stream().filter(l -> l.startsWith("## ") || l.startsWith("### "))
                    .map(l -> l.replaceFirst("^#+\\s+", "").replaceAll("\\s+#+\\s*$", "").strip())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
