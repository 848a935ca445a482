package dev.loopback.runner.command;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.CourseLoad;
import dev.loopback.runner.course.CourseSource;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.progress.ProgressStore;
import java.io.PrintWriter;
import java.util.Optional;

/** Everything a command may use: where the course is, how to talk to the learner, the course and progress. */
public record Session(Workspace workspace, Console console, CourseSource courses, ProgressStore progress) {

    /** A session over the workspace's own course folder and state folder. */
    public Session(Workspace workspace, Console console) {
        this(workspace, console, new CourseSource(workspace.course()), ProgressStore.in(workspace.state(), console.err()));
    }

    /** The course, or empty after telling the learner on {@code err} what is wrong with its manifest. */
    public Optional<Course> course() {
        CourseLoad load = courses.load();
        if (load instanceof CourseLoad.Loaded loaded) {
            return Optional.of(loaded.course());
        }
        PrintWriter err = console.err();
        err.println("The course could not be loaded. This is a problem with the course files, not with your work:");
        ((CourseLoad.Broken) load).problems().forEach(problem -> err.println("  " + problem));
        err.flush();
        return Optional.empty();
    }

    /** The same session with another console (e.g. a different width). */
    public Session withConsole(Console newConsole) {
        return new Session(workspace, newConsole, courses, progress);
    }
}
