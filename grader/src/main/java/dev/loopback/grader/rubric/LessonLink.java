package dev.loopback.grader.rubric;

import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.CourseFiles;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where a learner-facing message sends the learner back to: the exercise's own lesson (its {@code lesson} in
 * {@code exercise.json}), at a heading when that lesson has it.
 */
public record LessonLink(String lesson, Set<String> headings) {

    public LessonLink {
        headings = headings == null ? Set.of() : Set.copyOf(headings);
    }

    /** The link for {@code exercise}, with the headings of its lesson in the course folder {@code course}. */
    public static LessonLink of(Exercise exercise, Path course) {
        return new LessonLink(exercise.spec().lesson(), CourseFiles.headings(course, exercise.spec().lesson()));
    }

    /** "See Lesson 05 - Too many open files." when the lesson has that heading, else "See Lesson 05."; "" without a lesson. */
    public String see(String heading) {
        if (lesson == null || lesson.isBlank()) {
            return "";
        }
        return headings.contains(heading) ? " See Lesson " + lesson + " - " + heading + "." : " See Lesson " + lesson + ".";
    }
}
