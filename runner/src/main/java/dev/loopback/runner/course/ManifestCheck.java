package dev.loopback.runner.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a parsed manifest for consistency and for the files it names, collecting every problem with its path. */
final class ManifestCheck {
    private static final int MAX_MINUTES = 600;
    private final Path courseDir;
    private final Course course;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Map<String, String>> seen = new HashMap<>();

    ManifestCheck(Path courseDir, Course course) {
        this.courseDir = courseDir;
        this.course = course;
    }

    /** Every problem, as "path: what is wrong", in manifest order. */
    List<String> problems() {
        if (course.schema() == null) {
            problems.add("schema: missing; this runner reads schema " + Course.SCHEMA);
        } else if (course.schema() != Course.SCHEMA) {
            problems.add("schema: " + course.schema() + " is not understood; this runner reads schema " + Course.SCHEMA
                    + (course.schema() > Course.SCHEMA ? " (update the runner: git pull)" : ""));
        }
        text("id", course.id());
        text("title", course.title());
        if (course.parts().isEmpty()) {
            problems.add("parts: missing or empty; a course needs at least one part with a lesson");
        }
        for (int i = 0; i < course.parts().size(); i++) {
            part("parts[" + i + "]", course.parts().get(i));
        }
        for (int i = 0; i < course.external().size(); i++) {
            external("external[" + i + "]", course.external().get(i));
        }
        return problems;
    }

    private void part(String at, Part part) {
        unique(at + ".id", "part id", part.id());
        text(at + ".title", part.title());
        for (int i = 0; i < part.lessons().size(); i++) {
            lesson(at + ".lessons[" + i + "]", part.lessons().get(i));
        }
    }

    private void lesson(String at, Lesson lesson) {
        unique(at + ".id", "lesson id", lesson.id());
        if (lesson.number() != null && !lesson.number().matches("\\d{2,3}")) {
            problems.add(at + ".number: \"" + lesson.number() + "\" is not a lesson number like \"05\"");
        } else {
            unique(at + ".number", "lesson number", lesson.number());
        }
        text(at + ".title", lesson.title());
        file(at + ".file", lesson.file());
        minutes(at + ".minutes", lesson.minutes());
        for (int i = 0; i < lesson.prerequisites().size(); i++) {
            prerequisite(at + ".prerequisites[" + i + "]", lesson, lesson.prerequisites().get(i));
        }
        if (lesson.quickCheck() != null) {
            activity(at + ".quickCheck", "quick check id", lesson.quickCheck());
        }
        if (lesson.drill() != null) {
            activity(at + ".drill", "drill id", lesson.drill());
        }
        for (int i = 0; i < lesson.exercises().size(); i++) {
            exercise(at + ".exercises[" + i + "]", lesson.exercises().get(i));
        }
    }

    private void prerequisite(String at, Lesson lesson, String number) {
        boolean shipped = course.lessons().stream().anyMatch(other -> other != lesson && number.equals(other.number()));
        if (number.equals(lesson.number())) {
            problems.add(at + ": lesson " + number + " cannot be its own prerequisite");
        } else if (!shipped && course.external(number).isEmpty()) {
            problems.add(at + ": lesson " + number + " is neither in this course nor listed under \"external\"");
        }
    }

    private void activity(String at, String kind, Activity activity) {
        unique(at + ".id", kind, activity.id());
        text(at + ".title", activity.title());
        file(at + ".file", activity.file());
        minutes(at + ".minutes", activity.minutes());
    }

    private void exercise(String at, ExerciseRef exercise) {
        if (exercise.id() != null && !exercise.id().matches("[a-z][a-z0-9-]*")) {
            problems.add(at + ".id: \"" + exercise.id() + "\" must be lower-case words joined by '-', like pool-sizer");
        } else {
            unique(at + ".id", "exercise id", exercise.id());
        }
        text(at + ".title", exercise.title());
        minutes(at + ".minutes", exercise.minutes());
    }

    private void external(String at, ExternalLesson lesson) {
        text(at + ".number", lesson.number());
        text(at + ".title", lesson.title());
        text(at + ".note", lesson.note());
        if (course.lessons().stream().anyMatch(shipped -> shipped.number() != null && shipped.number().equals(lesson.number()))) {
            problems.add(at + ".number: lesson " + lesson.number() + " is shipped in this course, so it is not external");
        }
    }

    private void text(String at, String value) {
        if (value == null || value.isBlank()) {
            problems.add(at + ": missing");
        }
    }

    private void unique(String at, String kind, String value) {
        text(at, value);
        if (value == null || value.isBlank()) {
            return;
        }
        String first = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(value, at);
        if (first != null) {
            problems.add(at + ": duplicate " + kind + " \"" + value + "\" (first used at " + first + ")");
        }
    }

    private void minutes(String at, Integer minutes) {
        if (minutes == null) {
            problems.add(at + ": missing");
        } else if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.add(at + ": " + minutes + " is not a sensible estimate (1 to " + MAX_MINUTES + " minutes)");
        }
    }

    private void file(String at, String file) {
        text(at, file);
        if (file == null || file.isBlank()) {
            return;
        }
        Path path = courseDir.resolve(file).normalize();
        if (!path.startsWith(courseDir.normalize())) {
            problems.add(at + ": " + file + " points outside the course folder");
        } else if (!Files.isRegularFile(path)) {
            problems.add(at + ": " + file + " does not exist");
        } else if (!Files.isReadable(path)) {
            problems.add(at + ": " + file + " cannot be read");
        }
    }
}
