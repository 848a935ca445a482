package dev.loopback.runner.grading;

import dev.loopback.grader.Workspace;
import dev.loopback.grader.exercise.ExerciseException;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the manifest and the exercise folders agree, so that what an author adds reaches the learner: every exercise
 * the manifest lists exists under {@code grader/exercises/}, every one there is listed, under the lesson its
 * {@code exercise.json} names, with a task page and a module in {@code exercises/pom.xml}.
 */
final class ExerciseEntries {
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<]+?)\\s*</module>");

    private ExerciseEntries() {}

    /** The problems of every exercise, listed or defined. */
    static List<String> all(Course course, Workspace workspace) {
        Set<String> ids = new LinkedHashSet<>();
        course.exercises().forEach(e -> ids.add(e.id()));
        ids.addAll(new Exercises(workspace.graderExercises()).ids());
        List<String> problems = new ArrayList<>();
        ids.forEach(id -> problems.addAll(of(course, workspace, id)));
        return problems;
    }

    /** The problems of exercise {@code id}'s entry in the manifest and its learner folder. */
    static List<String> of(Course course, Workspace workspace, String id) {
        List<String> problems = new ArrayList<>();
        Optional<ExerciseRef> listed = course.exercise(id);
        Optional<Lesson> lesson = listed.flatMap(course::lessonOf);
        String definition = "grader/exercises/" + id + "/exercise.json";
        if (!Files.isRegularFile(workspace.graderExercises().resolve(id).resolve("exercise.json"))) {
            problems.add("course/course.json: lesson " + lesson.map(Lesson::number).orElse("?") + " lists exercise \""
                    + id + "\", but " + definition + " does not exist");
            return problems;
        }
        if (listed.isEmpty()) {
            problems.add(definition + ": exercise \"" + id + "\" is not listed under any lesson's \"exercises\" in "
                    + "course/course.json, so learners never see it in outline or next");
        } else {
            try {
                String declared = new Exercises(workspace.graderExercises()).load(id).spec().lesson();
                if (!lesson.get().number().equals(declared)) {
                    problems.add(definition + ": \"lesson\" is \"" + declared + "\", but course/course.json lists "
                            + id + " under lesson " + lesson.get().number());
                }
            } catch (ExerciseException e) {
                // an unreadable definition is reported by the exercise's own validation
            }
        }
        Path learner = workspace.exercises().resolve(id);
        if (!Files.isRegularFile(learner.resolve("README.md"))) {
            problems.add("exercises/" + id + "/README.md is missing: it is the task page `exercise " + id + "` shows");
        }
        if (!Files.isRegularFile(learner.resolve("pom.xml"))) {
            problems.add("exercises/" + id + "/pom.xml is missing: learners run the visible examples with it");
        }
        if (!modules(workspace.exercises()).contains(id)) {
            problems.add("exercises/pom.xml does not list <module>" + id + "</module>: learners could not run its "
                    + "visible examples with mvn -f exercises/pom.xml test -pl " + id);
        }
        return problems;
    }

    private static Set<String> modules(Path exercises) {
        Path pom = exercises.resolve("pom.xml");
        Set<String> modules = new LinkedHashSet<>();
        if (!Files.isRegularFile(pom)) {
            return modules;
        }
        try {
            String text = Files.readString(pom).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = MODULE.matcher(text);
            while (m.find()) {
                modules.add(m.group(1));
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
