package dev.loopback.runner.course;

import java.nio.file.Path;

/** The course folder, loaded and validated once on first use. */
public final class CourseSource {
    private final Path courseDir;
    private CourseLoad loaded;

    public CourseSource(Path courseDir) {
        this.courseDir = courseDir;
    }

    public Path dir() {
        return courseDir;
    }

    /** The course or its problems; read from disk only the first time. */
    public synchronized CourseLoad load() {
        if (loaded == null) {
            loaded = CourseLoader.load(courseDir);
        }
        return loaded;
    }
}
