package dev.loopback.grader.validate;

import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.CourseFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks that every rubric section is a heading (H2 or H3) of the exercise's lesson, found through the manifest. */
final class LessonSections {
    private LessonSections() {}

    static List<String> check(Exercise exercise, Path course) {
        Optional<Path> lesson = CourseFiles.lesson(course, exercise.spec().lesson());
        if (lesson.isEmpty()) {
            return List.of("exercise.json: lesson \"" + exercise.spec().lesson() + "\" has no lesson file (neither in "
                    + "course/course.json nor as course/lessons/" + exercise.spec().lesson() + "-*.md)");
        }
        Set<String> headings = CourseFiles.headings(lesson.get());
        List<String> problems = new ArrayList<>();
        for (Criterion c : exercise.rubric().criteria()) {
            if (c.section() != null && !headings.contains(c.section().strip())) {
                problems.add("rubric.json: criterion " + c.id() + " links to section \"" + c.section()
                        + "\", which is no heading of " + course.relativize(lesson.get()));
            }
        }
        return problems;
    }
}
