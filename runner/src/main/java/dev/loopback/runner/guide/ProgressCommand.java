package dev.loopback.runner.guide;

import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.progress.DrillAttempt;
import dev.loopback.runner.progress.Progress;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Your record: lessons read, quick checks, drills, hints and exercise scores. */
public final class ProgressCommand implements Command {
    @Override public String name() { return "progress"; }
    @Override public String synopsis() { return "progress"; }
    @Override public String summary() { return "what you have read, checked, drilled and submitted"; }

    @Override
    public String details() {
        return "Shows lessons read (and when), quick-check attempts and best scores, drill attempts (the automatic "
                + "score and your own assessment, kept apart), hint levels seen and exercise scores. It is kept in "
                + ".course/progress.json in your clone.";
    }

    @Override
    public List<String> examples() {
        return List.of("progress");
    }

    @Override
    public int run(List<String> args, Session session) {
        return Page.show(session, ProgressCommand::record);
    }

    private static void record(Page page) {
        PrintWriter out = page.out();
        Palette palette = page.palette();
        Progress progress = page.progress();
        List<Lesson> lessons = page.course().lessons();
        long read = lessons.stream().filter(lesson -> progress.isRead(lesson.number())).count();
        out.println(palette.heading("Your progress in " + page.course().title()));
        out.println("Lessons read: " + read + " of " + lessons.size());
        for (Lesson lesson : lessons) {
            out.println("  " + lesson.label() + ": " + Optional.ofNullable(progress.lessons().get(lesson.number()))
                    .map(r -> "read " + r.times() + " time(s), last " + r.lastRead().substring(0, 10)).orElse("not read yet"));
            checks(lesson, progress, out);
        }
        Scores scores = page.scores();
        out.println("Exercises:");
        for (ExerciseRef exercise : page.course().exercises()) {
            int hints = progress.hintLevel(exercise.id());
            int levels = progress.criterionHints(exercise.id()).values().stream().mapToInt(h -> h.unlocked()).sum();
            out.println("  " + exercise.id() + ": " + scores.describe(exercise.id())
                    + (hints > 0 ? "; hints seen up to level " + hints : "")
                    + (levels > 0 ? "; " + levels + " criterion hint level(s) unlocked" : ""));
        }
        out.println(palette.dim("Saved in " + page.session().progress().file()));
    }

    private static void checks(Lesson lesson, Progress progress, PrintWriter out) {
        if (lesson.quickCheck() != null) {
            out.println("    Quick check " + lesson.quickCheck().id() + ": " + progress.quiz(lesson.quickCheck().id())
                    .map(q -> "best " + q.best() + "/" + q.max() + ", last " + q.last() + "/" + q.max() + ", "
                            + q.attempts() + " attempt(s)").orElse("not tried"));
        }
        if (lesson.drill() != null) {
            out.println("    Drill " + lesson.drill().id() + ": " + progress.drill(lesson.drill().id())
                    .map(d -> d.attempts().size() + " attempt(s); last: " + describe(d.attempts().get(d.attempts().size() - 1)))
                    .orElse("not tried"));
        }
    }

    private static String describe(DrillAttempt attempt) {
        String auto = attempt.autoScore() == null ? "not auto-scored" : "auto score " + attempt.autoScore() + "/" + attempt.autoMax();
        String self = attempt.selfAssessment() == null ? "no self-assessment" : "you rated it \"" + attempt.selfAssessment() + "\"";
        return auto + ", " + self;
    }
}
