package dev.loopback.runner.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.Lesson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code new lesson NN "Title"}: the lesson page, its quick check and drill (ids NN) with {@value AuthorTodos#MARK}
 * markers, and the lesson's entry at the end of the last part (or {@code --part}) of {@code course/course.json}.
 */
final class NewLessonCommand implements Command {
    @Override public String name() { return "new lesson"; }
    @Override public String synopsis() { return "new lesson NN \"Title\" [--id <lesson-id>] [--part <part-id>]"; }
    @Override public String summary() { return "scaffold a lesson: page, quick check, drill and manifest entry"; }

    @Override
    public String details() {
        return "new lesson NN \"Title\" writes course/lessons/NN-<id>.md, course/checks/NN-<id>.md and "
                + "course/drills/NN-<id>.md (the id comes from the title, or --id) and adds the lesson, with its quick "
                + "check and drill, to the last part of course/course.json (or --part), after the lesson before it as "
                + "prerequisite.";
    }

    @Override
    public int run(List<String> args, Session session) {
        PrintWriter err = session.console().err();
        String number = null;
        String title = null;
        String id = null;
        String part = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if (arg.equals("--id") && hasValue) {
                id = args.get(++i);
            } else if (arg.equals("--part") && hasValue) {
                part = args.get(++i);
            } else if (arg.startsWith("--")) {
                return usage(err, "unknown option '" + arg + "'");
            } else if (number == null) {
                number = arg;
            } else if (title == null) {
                title = arg;
            } else {
                return usage(err, "one title, in quotes: \"" + title + " " + arg + "\"");
            }
        }
        if (number == null || title == null || title.isBlank()) {
            return usage(err, "a lesson number and a title are needed");
        }
        if (!number.matches("\\d{2,3}")) {
            return usage(err, "\"" + number + "\" is not a lesson number like 06");
        }
        if (id == null) {
            id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        }
        if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            return usage(err, "lesson id \"" + id + "\" must be lower-case words joined by '-', like network-sockets"
                    + " (give one with --id)");
        }
        Optional<Course> course = session.course();
        if (course.isEmpty()) {
            return ExitCode.INTERNAL;
        }
        String lessonId = id;
        String lessonNumber = number;
        Optional<Lesson> taken = course.get().lessons().stream()
                .filter(l -> lessonNumber.equals(l.number()) || lessonId.equals(l.id())).findFirst();
        if (taken.isPresent()) {
            return refuse(err, "course/course.json already has lesson " + taken.get().number() + " (" + taken.get().id()
                    + ", \"" + taken.get().title() + "\"); pick another number, or another id with --id");
        }
        if (course.get().external(number).isPresent()) {
            return refuse(err, "course/course.json lists lesson " + number + " under \"external\"; pick another number");
        }
        Path home = session.workspace().home();
        try {
            CourseJson manifest = CourseJson.read(session.workspace().course().resolve("course.json"));
            Optional<ArrayNode> lessons = manifest.lessonsOf(part);
            if (lessons.isEmpty()) {
                return refuse(err, "course/course.json has no part " + (part == null ? "at all" : "\"" + part + "\""));
            }
            String partTitle = partTitle(manifest, part);
            Templates files = Templates.lesson(number, id, title, manifest.root.path("title").asText(""), partTitle);
            Optional<String> existing = files.existing(home);
            if (existing.isPresent()) {
                return refuse(err, existing.get() + " already exists; move it away or pick another number or --id");
            }
            lessons.get().add(entry(number, id, title, course.get()));
            List<String> written = files.write(home);
            manifest.write();
            PrintWriter out = session.console().out();
            out.println("Lesson " + number + " - " + title + ":");
            written.forEach(file -> out.println("  created  " + file));
            out.println("  added    lesson " + number + " to course/course.json");
            out.println("Next: fill every " + AuthorTodos.MARK + " (validate --course names each), then add "
                    + "exercises with: new exercise <id> --lesson " + number + " --package <pkg>");
            out.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("Could not write the lesson: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
    }

    private static String partTitle(CourseJson manifest, String part) {
        String title = "";
        for (JsonNode p : manifest.root.path("parts")) {
            if (part == null || part.equals(p.path("id").asText(null))) {
                title = p.path("title").asText("");
            }
        }
        return title;
    }

    private static ObjectNode entry(String number, String id, String title, Course course) {
        String file = number + "-" + id + ".md";
        ObjectNode lesson = CourseJson.object();
        lesson.put("id", id);
        lesson.put("number", number);
        lesson.put("title", title);
        lesson.put("file", "lessons/" + file);
        lesson.put("minutes", 10);
        lesson.put("difficulty", "core");
        ArrayNode prerequisites = lesson.putArray("prerequisites");
        List<Lesson> lessons = course.lessons();
        if (!lessons.isEmpty()) {
            prerequisites.add(lessons.get(lessons.size() - 1).number());
        }
        ObjectNode quick = lesson.putObject("quickCheck");
        quick.put("id", number);
        quick.put("title", "Quick check: " + title);
        quick.put("file", "checks/" + file);
        quick.put("minutes", 3);
        ObjectNode drill = lesson.putObject("drill");
        drill.put("id", number);
        drill.put("title", "Drill: " + title);
        drill.put("file", "drills/" + file);
        drill.put("minutes", 5);
        lesson.putArray("exercises");
        return lesson;
    }

    private int usage(PrintWriter err, String problem) {
        err.println("new lesson: " + problem + ". Usage: " + synopsis());
        return ExitCode.USAGE;
    }

    private static int refuse(PrintWriter err, String problem) {
        err.println("new lesson: " + problem + ". Nothing was written.");
        return ExitCode.USAGE;
    }
}
