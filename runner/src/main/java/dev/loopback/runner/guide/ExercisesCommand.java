package dev.loopback.runner.guide;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.render.DisplayWidth;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;

/** Every exercise with its lesson, time estimate, where its files are and its status. */
public final class ExercisesCommand implements Command {
    @Override public String name() { return "exercises"; }
    @Override public String synopsis() { return "exercises"; }
    @Override public String summary() { return "the exercises, where to edit them and how you are doing"; }

    @Override
    public String details() {
        return "Lists each exercise with the lesson that sets it, its estimated minutes and your best score. Edit the "
                + "code under exercises/<id>/src/main/java; read the task with 'open <id>'.";
    }

    @Override
    public List<String> examples() {
        return List.of("exercises");
    }

    @Override
    public int run(List<String> args, Session session) {
        return Page.show(session, ExercisesCommand::list);
    }

    private static void list(Page page) {
        PrintWriter out = page.out();
        Palette palette = page.palette();
        Scores scores = page.scores();
        int width = page.course().exercises().stream().mapToInt(e -> e.id().length()).max().orElse(0);
        for (ExerciseRef exercise : page.course().exercises()) {
            String lesson = page.course().lessonOf(exercise).map(Lesson::number).orElse("?");
            boolean present = Files.isDirectory(page.session().workspace().exercises().resolve(exercise.id()));
            String head = String.format("  %-" + width + "s  %s", exercise.id(), exercise.title());
            String rest = palette.dim(exercise.minutes() + " min, Lesson " + lesson) + "  "
                    + (present ? scores.describe(exercise.id()) : palette.warn("missing: exercises/" + exercise.id()));
            if (DisplayWidth.of(head) + 2 + DisplayWidth.of(rest) <= page.session().console().width()) {
                out.println(head + "  " + rest);
            } else {
                out.println(head);
                out.println(" ".repeat(width + 4) + rest);
            }
        }
        out.println();
        out.println("Read a task: " + palette.code("open <id>") + "   edit: exercises/<id>/src/main/java   grade: "
                + palette.code("submit <id>"));
    }
}
