package dev.loopback.runner.web;

import static dev.loopback.runner.web.Html.esc;

import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.course.Part;
import dev.loopback.runner.guide.NextStep;
import dev.loopback.runner.guide.ProgressCommand;
import dev.loopback.runner.guide.Scores;
import dev.loopback.runner.progress.Progress;
import java.util.List;

/** The home page (outline and next step) and the progress page, from the same model as {@code outline} and {@code progress}. */
final class HomePages {
    private HomePages() {}

    static String home(Session session, Course course) {
        Progress progress = session.progress().current();
        Scores scores = Scores.of(session);
        NextStep next = NextStep.of(course, progress, scores);
        StringBuilder body = new StringBuilder("<h1>" + esc(course.title()) + "</h1>");
        body.append("<section class=\"next\" aria-labelledby=\"next\"><h2 id=\"next\">Next</h2><p><a id=\"next-link\" href=\"")
                .append(esc(link(course, next.command()))).append("\">").append(esc(next.why())).append("</a>")
                .append(" <span class=\"dim\">(in the terminal: <code>").append(esc(next.command())).append("</code>)</span></p></section>");
        for (Part part : course.parts()) {
            body.append("<section><h2>").append(esc(part.title())).append("</h2><ul class=\"outline\">");
            for (Lesson lesson : part.lessons()) {
                body.append("<li><a href=\"/lessons/").append(esc(lesson.number())).append("\">").append(esc(lesson.label()))
                        .append("</a> <span class=\"dim\">").append(lesson.minutes()).append(" min, ")
                        .append(progress.isRead(lesson.number()) ? "read" : "not read yet").append("</span><ul>");
                if (lesson.quickCheck() != null) {
                    String id = lesson.quickCheck().id();
                    body.append("<li><a href=\"/quiz/").append(esc(id)).append("\">Quick check</a> <span class=\"dim\">")
                            .append(progress.quiz(id).map(q -> "best " + q.best() + " of " + q.max()).orElse("not taken yet"))
                            .append("</span></li>");
                }
                if (lesson.drill() != null) {
                    String id = lesson.drill().id();
                    body.append("<li><a href=\"/drill/").append(esc(id)).append("\">Drill: ").append(esc(lesson.drill().title()))
                            .append("</a> <span class=\"dim\">").append(progress.drill(id).map(d -> d.attempts().size()
                                    + " attempt(s)").orElse("not tried yet")).append("</span></li>");
                }
                for (ExerciseRef exercise : lesson.exercises()) {
                    body.append("<li><a href=\"/exercises/").append(esc(exercise.id())).append("\">Exercise: ")
                            .append(esc(exercise.title())).append("</a> <span class=\"dim\">").append(esc(scores.describe(exercise.id())))
                            .append("</span></li>");
                }
                body.append("</ul></li>");
            }
            body.append("</ul></section>");
        }
        return Html.page(course.title(), body.toString());
    }

    /** Where the terminal command {@code command} (as {@link NextStep} names it) lives in the browser. */
    static String link(Course course, String command) {
        List<String> words = List.of(command.split(" "));
        String arg = words.size() > 1 ? words.get(1) : "";
        return switch (words.get(0)) {
            case "open" -> course.lesson(arg).map(l -> "/lessons/" + l.number()).orElse("/exercises/" + arg);
            case "quiz" -> "/quiz/" + arg;
            case "drill" -> "/drill/" + arg;
            default -> "/";
        };
    }

    static String progress(Session session, Course course) {
        Captured shown = Captured.run(new ProgressCommand(), List.of(), session);
        Scores scores = Scores.of(session);
        StringBuilder body = new StringBuilder("<h1>Progress</h1><h2>Exercises</h2><table><thead><tr><th scope=\"col\">Exercise</th>"
                + "<th scope=\"col\">Result</th></tr></thead><tbody>");
        for (ExerciseRef exercise : course.exercises()) {
            body.append("<tr><td><a href=\"/exercises/").append(esc(exercise.id())).append("\">").append(esc(exercise.id()))
                    .append("</a></td><td class=\"exercise-score\">").append(esc(scores.describe(exercise.id()))).append("</td></tr>");
        }
        body.append("</tbody></table><h2>Score over time</h2>");
        for (ExerciseRef exercise : course.exercises()) {
            body.append(Charts.history(session, exercise.id(), "chart-" + exercise.id()));
        }
        body.append("<h2>Everything, as <code>progress</code> shows it</h2><pre class=\"terminal\">")
                .append(esc(shown.out())).append("</pre><p><a href=\"/api/progress\">The progress file as JSON</a></p>");
        return Html.page("Progress", body.toString());
    }
}
