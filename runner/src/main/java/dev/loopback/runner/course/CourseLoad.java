package dev.loopback.runner.course;

import java.util.List;

/** The outcome of reading {@code course/course.json}: a valid course, or what is wrong with it. */
public sealed interface CourseLoad {

    /** Every file named by the manifest exists and the manifest is consistent. */
    record Loaded(Course course) implements CourseLoad {}

    /** Problems, each as "course/course.json: where: what is wrong". */
    record Broken(List<String> problems) implements CourseLoad {
        public Broken {
            problems = List.copyOf(problems);
        }
    }
}
