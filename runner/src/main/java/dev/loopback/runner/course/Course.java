package dev.loopback.runner.course;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A course as its manifest {@code course/course.json} describes it. */
public record Course(Integer schema, String id, String title, List<Part> parts, List<ExternalLesson> external) {

    /** The manifest schema this runner reads. */
    public static final int SCHEMA = 1;

    public Course {
        parts = parts == null ? List.of() : List.copyOf(parts);
        external = external == null ? List.of() : List.copyOf(external);
    }

    /** Every shipped lesson, in course order. */
    public List<Lesson> lessons() {
        return parts.stream().flatMap(part -> part.lessons().stream()).toList();
    }

    /** The lesson with this number ({@code 05}, also {@code 5}) or id ({@code network-sockets}). */
    public Optional<Lesson> lesson(String key) {
        return lessons().stream().filter(lesson -> lesson.answersTo(key)).findFirst();
    }

    /** Every exercise of every lesson, in course order. */
    public List<ExerciseRef> exercises() {
        return lessons().stream().flatMap(lesson -> lesson.exercises().stream()).toList();
    }

    public Optional<ExerciseRef> exercise(String id) {
        return exercises().stream().filter(exercise -> exercise.id().equals(id)).findFirst();
    }

    /** The lesson that sets exercise {@code id}. */
    public Optional<Lesson> lessonOf(ExerciseRef exercise) {
        return lessons().stream().filter(lesson -> lesson.exercises().contains(exercise)).findFirst();
    }

    /** A prerequisite lesson that this course does not ship. */
    public Optional<ExternalLesson> external(String number) {
        return external.stream().filter(lesson -> lesson.number().equals(number)).findFirst();
    }

    /** Lesson numbers and ids, for completion and suggestions. */
    public List<String> lessonKeys() {
        return lessons().stream().flatMap(lesson -> Stream.of(lesson.number(), lesson.id())).toList();
    }
}
