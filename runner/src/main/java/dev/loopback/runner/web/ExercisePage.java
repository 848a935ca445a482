package dev.loopback.runner.web;

import static dev.loopback.runner.web.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.guide.Scores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An exercise: its task page, where to edit it, a Submit button that grades the files on disk, the live steps of a
 * running grade (filled by the page's script), and the report of the last submit from this page.
 */
final class ExercisePage {
    private ExercisePage() {}

    /** The page; {@code report} is the submit JSON to show (or null), {@code message} a line above it (or null). */
    static String render(Session session, Course course, ExerciseRef exercise, JsonNode report, String message) throws IOException {
        Path task = session.workspace().exercises().resolve(exercise.id()).resolve("README.md");
        String taskHtml = Files.isRegularFile(task) ? Markdown.render(Files.readString(task)).html()
                : "<p>The task page " + esc(task) + " is missing.</p>";
        Path sources = session.workspace().exercises().resolve(exercise.id()).resolve("src/main/java");
        if (sources.startsWith(session.workspace().home())) {
            sources = session.workspace().home().relativize(sources);
        }
        Scores scores = Scores.of(session);
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"dim\">Exercise <code>").append(esc(exercise.id())).append("</code>, ")
                .append(exercise.minutes()).append(" min. Edit <code>").append(esc(sources)).append("/</code> in your editor, then submit.")
                .append(" <span id=\"best\">").append(esc(scores.describe(exercise.id()))).append("</span></p>");
        body.append("<form id=\"submit-form\" method=\"post\" action=\"/exercises/").append(esc(exercise.id()))
                .append("/submit\" data-exercise=\"").append(esc(exercise.id())).append("\">")
                .append("<button id=\"submit\" type=\"submit\">Submit: grade my files</button></form>");
        body.append("<ol id=\"live\" class=\"live\" aria-live=\"polite\"></ol>");
        body.append("<section id=\"report\" aria-live=\"polite\">");
        if (message != null) {
            body.append("<p class=\"message\" role=\"alert\">").append(esc(message)).append("</p>");
        }
        if (report != null) {
            body.append(report(course, exercise, report));
        }
        body.append("</section><section id=\"history\" aria-labelledby=\"history-h\"><h2 id=\"history-h\">Your submissions</h2>")
                .append(Charts.history(session, exercise.id(), "history-chart")).append("<p class=\"dim\">In the terminal: <code>history ")
                .append(esc(exercise.id())).append("</code></p>").append(Charts.measured(session, exercise.id(), "measured-chart"))
                .append("</section>");
        body.append("<details open><summary>The task</summary><article class=\"lesson\">").append(taskHtml)
                .append("</article></details>");
        return Html.page(exercise.title(), "<h1>" + esc(exercise.title()) + "</h1>" + body);
    }

    /** The report of one submit, from the JSON {@code submit --json} prints. */
    static String report(Course course, ExerciseRef exercise, JsonNode r) {
        String lesson = course.lessonOf(exercise).map(Lesson::number).orElse(null);
        StringBuilder out = new StringBuilder("<h2>Report</h2><p class=\"score\" id=\"score\" data-score=\"")
                .append(r.path("score").asInt()).append("\">Score: <strong>").append(r.path("score").asInt()).append(" / ")
                .append(r.path("maxScore").asInt()).append("</strong> - ")
                .append(r.path("passed").asBoolean() ? "passed" : "not passed yet (pass mark " + r.path("passMark").asInt() + ")")
                .append(r.path("compiled").asBoolean() ? "" : ", did not compile").append("</p>");
        if (r.path("diagnostics").size() > 0) {
            out.append("<h3>Compiler and policy</h3><pre class=\"terminal\">");
            r.path("diagnostics").forEach(d -> out.append(esc(d.path("text").asText())).append("\n"));
            out.append("</pre>");
        }
        r.path("apiProblems").forEach(p -> out.append("<p class=\"fail\">").append(esc(p.asText())).append("</p>"));
        out.append("<table class=\"criteria\"><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Points</th>"
                + "<th scope=\"col\">Tests</th><th scope=\"col\">What happened</th></tr></thead><tbody>");
        for (JsonNode c : r.path("criteria")) {
            boolean passed = c.path("passed").asBoolean();
            out.append("<tr class=\"").append(passed ? "pass" : "fail").append("\"><td>").append(passed ? "PASS " : "FAIL ")
                    .append(esc(c.path("title").asText())).append("</td><td>").append(c.path("earned").asInt()).append("/")
                    .append(c.path("points").asInt()).append("</td><td>").append(c.path("testsPassed").asInt()).append("/")
                    .append(c.path("testsTotal").asInt()).append("</td><td><div class=\"feedback\">")
                    .append(esc(c.path("feedback").asText())).append("</div>");
            if (!passed && !c.path("hint").asText().isEmpty()) {
                out.append("<p><strong>Try:</strong> ").append(esc(c.path("hint").asText())).append("</p>");
            }
            String section = c.path("section").asText();
            if (!passed && lesson != null && !section.isEmpty()) {
                out.append("<p><a class=\"section-link\" href=\"/lessons/").append(esc(lesson)).append("#")
                        .append(esc(Markdown.anchor(section))).append("\">See Lesson ").append(esc(lesson)).append(" - ")
                        .append(esc(section)).append("</a></p>");
            }
            out.append("</td></tr>");
        }
        out.append("</tbody></table>");
        r.path("notes").forEach(n -> out.append("<p class=\"dim\">").append(esc(n.asText())).append("</p>"));
        if (r.hasNonNull("seed") && !r.path("passed").asBoolean()) {
            out.append("<p class=\"dim\">Seed ").append(esc(r.path("seed").asText())).append(": replay these inputs with <code>submit ")
                    .append(esc(exercise.id())).append(" --seed ").append(esc(r.path("seed").asText())).append("</code></p>");
        }
        return out.toString();
    }
}
