package dev.loopback.runner.author;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.ExerciseRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * {@code new exercise <id> --lesson NN --package <pkg>}: every file of an exercise (grader side, learner side with the
 * stub copied, golden scenarios) with {@value AuthorTodos#MARK} markers, its {@code <module>} in
 * {@code exercises/pom.xml} and its entry under lesson NN in {@code course/course.json}.
 */
final class NewExerciseCommand implements Command {
    @Override public String name() { return "new exercise"; }
    @Override public String synopsis() {
        return "new exercise <id> --lesson NN --package <pkg> [--title \"Title\"] [--minutes N]";
    }
    @Override public String summary() { return "scaffold an exercise, its learner workspace and its manifest entry"; }

    @Override
    public String details() {
        return "new exercise <id> --lesson NN --package <pkg> writes grader/exercises/<id>/ (exercise.json, "
                + "rubric.json, hints.md, SOLUTION.md, stub/, solution/, tests/), the learner's exercises/<id>/ "
                + "(README.md, pom.xml, and src/main/java as a copy of the stub), golden scenarios under "
                + "grader/src/test/resources/scenarios/<id>/, adds <module><id></module> to exercises/pom.xml and "
                + "{id, title, minutes} to lesson NN's exercises in course/course.json, and a line naming the exercise to "
                + "the lesson's ## Practice section.";
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        String id = null;
        String lesson = null;
        String pkg = null;
        String title = null;
        int minutes = 20;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if (arg.equals("--lesson") && hasValue) {
                lesson = args.get(++i);
            } else if (arg.equals("--package") && hasValue) {
                pkg = args.get(++i);
            } else if (arg.equals("--title") && hasValue) {
                title = args.get(++i);
            } else if (arg.equals("--minutes") && hasValue && args.get(i + 1).matches("\\d{1,3}")) {
                minutes = Integer.parseInt(args.get(++i));
            } else if (arg.startsWith("--")) {
                return usage(err, "unknown option, or one without its value: '" + arg + "'");
            } else if (id == null) {
                id = arg;
            } else {
                return usage(err, "one exercise id, not \"" + id + "\" and \"" + arg + "\"");
            }
        }
        if (id == null || lesson == null || pkg == null) {
            return usage(err, "an exercise id, --lesson and --package are needed");
        }
        if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            return usage(err, "exercise id \"" + id + "\" must be lower-case words joined by '-', like pool-sizer");
        }
        if (!validPackage(pkg)) {
            return usage(err, "\"" + pkg + "\" is not a Java package name in lower case, like backoff or dev.retry");
        }
        if (title == null) {
            title = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        }
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        String number = lesson;
        if (course.get().lessons().stream().noneMatch(l -> number.equals(l.number()))) {
            return refuse(err, "course/course.json has no lesson " + lesson + " (lessons: " + course.get().lessons().stream()
                    .map(l -> l.number()).collect(Collectors.joining(", ")) + "); add it first with new lesson "
                    + lesson + " \"Title\"");
        }
        Optional<ExerciseRef> listed = course.get().exercise(id);
        if (listed.isPresent()) {
            return refuse(err, "course/course.json already lists exercise \"" + id + "\" under lesson "
                    + course.get().lessonOf(listed.get()).map(l -> l.number()).orElse("?"));
        }
        Path home = session.workspace().home();
        for (Path folder : List.of(session.workspace().graderExercises().resolve(id), session.workspace().exercises().resolve(id))) {
            if (Files.exists(folder)) {
                return refuse(err, home.relativize(folder.toAbsolutePath()) + " already exists: exercise \"" + id
                        + "\" is there already; pick another id");
            }
        }
        Path pomFile = session.workspace().exercises().resolve("pom.xml");
        try {
            String pom = ModulesPom.read(pomFile);
            if (ModulesPom.lists(pom, id)) {
                return refuse(err, "exercises/pom.xml already lists <module>" + id + "</module>; pick another id");
            }
            String newPom = ModulesPom.withModule(pom, id);
            if (newPom.isEmpty()) {
                return refuse(err, "exercises/pom.xml has no <modules> to add " + id + " to");
            }
            Templates files = Templates.exercise(id, title, lesson, pkg, typeName(id));
            Optional<String> existing = files.existing(home);
            if (existing.isPresent()) {
                return refuse(err, existing.get() + " already exists; move it away or pick another id");
            }
            CourseJson manifest = CourseJson.read(session.workspace().course().resolve("course.json"));
            ObjectNode lessonEntry = manifest.lesson(lesson).orElseThrow();
            ArrayNode exercises = lessonEntry.get("exercises") instanceof ArrayNode a ? a : lessonEntry.putArray("exercises");
            ObjectNode entry = exercises.addObject();
            entry.put("id", id);
            entry.put("title", title);
            entry.put("minutes", minutes);

            Path lessonFile = session.workspace().course().resolve(course.get().lessons().stream()
                    .filter(l -> number.equals(l.number())).findFirst().orElseThrow().file());
            Optional<String> practice = Files.isRegularFile(lessonFile)
                    ? PracticeLine.add(Files.readString(lessonFile), id, title, minutes) : Optional.empty();

            List<String> written = files.write(home);
            AtomicFiles.replace(pomFile, newPom);
            manifest.write();
            if (practice.isPresent()) {
                AtomicFiles.replace(lessonFile, practice.get());
            }
            PrintWriter out = session.console().out();
            out.println("Exercise " + id + " (Lesson " + lesson + ", package " + pkg + "):");
            written.forEach(file -> out.println("  created  " + file));
            out.println("  added    <module>" + id + "</module> to exercises/pom.xml");
            out.println("  added    " + id + " to lesson " + lesson + "'s exercises in course/course.json");
            String shownLesson = home.toAbsolutePath().relativize(lessonFile.toAbsolutePath()).toString();
            out.println(practice.isPresent() ? "  added    a line for " + id + " to the Practice section of " + shownLesson
                    : "  note     " + shownLesson + " has no '## Practice' section: add one naming " + id
                            + " (validate checks that it does)");
            out.println("Next: fill every " + AuthorTodos.MARK + " (validate " + id + " names each); when the stub "
                    + "changes, copy it to exercises/" + id + "/src/main/java again.");
            out.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("Could not write the exercise: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
    }

    static boolean validPackage(String pkg) {
        return pkg.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")
                && Arrays.stream(pkg.split("\\.")).noneMatch(part -> SourceVersion.isKeyword(part))
                && !pkg.equals("java") && !pkg.startsWith("java.") && !pkg.startsWith("javax.");
    }

    /** {@code pool-sizer} as {@code PoolSizer}. */
    static String typeName(String id) {
        return Arrays.stream(id.split("-")).map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining());
    }

    private int usage(PrintWriter err, String problem) {
        err.println("new exercise: " + problem + ". Usage: " + synopsis());
        return ExitCode.USAGE;
    }

    private static int refuse(PrintWriter err, String problem) {
        err.println("new exercise: " + problem + ". Nothing was written.");
        return ExitCode.USAGE;
    }
}
