package dev.loopback.runner.grading;

import dev.loopback.grader.drill.DrillParser;
import dev.loopback.grader.text.FormatException;
import dev.loopback.runner.author.AuthorTodos;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Activity;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.CourseLoad;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.lesson.LessonLint;
import dev.loopback.runner.practice.PracticeFiles;
import dev.loopback.runner.quiz.QuizParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What {@code validate} found in the course itself: the manifest, every quick check and drill file parsed, and the
 * manifest's exercises agreeing with the exercise folders ({@link ExerciseEntries}).
 */
record CourseCheck(List<String> checked, List<String> problems) {

    /** Reads one quick check or drill file, or says on which line it is wrong. */
    private interface Parser {
        void parse(String id, Path file) throws IOException, FormatException;
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** Checks the course of {@code session}'s workspace. */
    static CourseCheck of(Session session) {
        if (session.courses().load() instanceof CourseLoad.Broken broken) {
            return new CourseCheck(List.of(), broken.problems());
        }
        List<Lesson> lessons = ((CourseLoad.Loaded) session.courses().load()).course().lessons();
        List<String> checked = new ArrayList<>(List.of("manifest", lessons.size() + (lessons.size() == 1 ? " lesson" : " lessons")));
        List<String> problems = new ArrayList<>();
        parseAll("quick check", PracticeFiles.QUICK_CHECK, Lesson::quickCheck, QuizParser::parse, session, checked, problems);
        parseAll("drill", PracticeFiles.DRILL, Lesson::drill, DrillParser::parse, session, checked, problems);
        Course course = ((CourseLoad.Loaded) session.courses().load()).course();
        Path folder = session.workspace().course();
        List<Path> files = new ArrayList<>();
        for (Lesson lesson : lessons) {
            Stream.of(lesson.file(), lesson.quickCheck() == null ? null : lesson.quickCheck().file(),
                    lesson.drill() == null ? null : lesson.drill().file())
                    .filter(Objects::nonNull).map(Object::toString).filter(file -> !file.isBlank())
                    .map(folder::resolve).filter(Files::isRegularFile).forEach(files::add);
        }
        problems.addAll(AuthorTodos.in(session.workspace().home(), files));
        List<String> lint = lint(lessons, session);
        problems.addAll(lint);
        if (lint.isEmpty()) {
            checked.add("lesson conventions");
        }
        List<String> entries = ExerciseEntries.all(course, session.workspace());
        problems.addAll(entries);
        if (entries.isEmpty()) {
            int count = course.exercises().size();
            checked.add(count + (count == 1 ? " exercise" : " exercises") + " listed and present");
        }
        return new CourseCheck(checked, problems);
    }

    /** Each lesson file without markers left against AUTHORING.md's conventions ({@link LessonLint}). */
    private static List<String> lint(List<Lesson> lessons, Session session) {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : lessons) {
            if (lesson.file() == null || lesson.file().isBlank()) {
                continue;
            }
            Path file = session.workspace().course().resolve(lesson.file());
            try {
                String markdown = Files.readString(file);
                if (markdown.contains(AuthorTodos.MARK)) {
                    continue; // its markers are named above; its shape is checked once they are filled
                }
                problems.addAll(LessonLint.check(shown(session, file), markdown, lesson));
            } catch (IOException e) {
                problems.add(shown(session, file) + ": cannot be read (" + e.getClass().getSimpleName() + "); the "
                        + "manifest names it as Lesson " + lesson.number() + "'s file");
            }
        }
        return problems;
    }

    private static void parseAll(String kind, PracticeFiles files, Function<Lesson, Activity> activity, Parser parser,
            Session session, List<String> checked, List<String> problems) {
        Set<String> ids = new LinkedHashSet<>();
        ((CourseLoad.Loaded) session.courses().load()).course().lessons().stream().map(activity)
                .filter(a -> a != null).forEach(a -> ids.add(a.id()));
        ids.addAll(files.ids(session));
        for (String id : ids) {
            Optional<Path> file = files.find(session, id);
            if (file.isEmpty()) {
                continue;
            }
            try {
                parser.parse(id, file.get());
                checked.add(kind + " " + id);
            } catch (FormatException e) {
                problems.add(shown(session, e.file()) + ":" + e.line() + ": " + e.problem());
            } catch (IOException e) {
                problems.add(shown(session, file.get()) + ": cannot be read (" + e.getMessage() + ")");
            }
        }
    }

    private static String shown(Session session, Path file) {
        Path home = session.workspace().home().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(home) ? home.relativize(absolute).toString() : file.toString();
    }
}
