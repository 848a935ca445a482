package dev.loopback.runner.web;

import static dev.loopback.runner.web.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopback.grader.drill.Criterion;
import dev.loopback.grader.drill.Drill;
import dev.loopback.grader.drill.DrillParser;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.practice.Loaded;
import dev.loopback.runner.practice.PracticeFiles;
import dev.loopback.runner.quiz.Option;
import dev.loopback.runner.quiz.Question;
import dev.loopback.runner.quiz.Quiz;
import dev.loopback.runner.quiz.QuizParser;
import java.util.Optional;

/** The quick check and the drill as forms; their results come from the JSON the terminal commands print. */
final class PracticePages {
    private PracticePages() {}

    static Optional<Quiz> quiz(Session session, String id) {
        Loaded<Quiz> loaded = Loaded.load(session, PracticeFiles.QUICK_CHECK, id, QuizParser::parse);
        return loaded instanceof Loaded.Ready<Quiz> ready ? Optional.of(ready.content()) : Optional.empty();
    }

    static Optional<Drill> drill(Session session, String id) {
        Loaded<Drill> loaded = Loaded.load(session, PracticeFiles.DRILL, id, DrillParser::parse);
        return loaded instanceof Loaded.Ready<Drill> ready ? Optional.of(ready.content()) : Optional.empty();
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The questions with their options in authored order (the letters {@code quiz --answers} takes). */
    static String quizForm(Quiz quiz, String message) {
        StringBuilder body = new StringBuilder("<h1>" + esc(quiz.title()) + "</h1>");
        if (quiz.intro() != null && !quiz.intro().isBlank()) {
            body.append("<p>").append(esc(quiz.intro())).append("</p>");
        }
        if (message != null) {
            body.append("<p class=\"message\" role=\"alert\">").append(esc(message)).append("</p>");
        }
        body.append("<form id=\"quiz\" method=\"post\" action=\"/quiz/").append(esc(quiz.id())).append("\">");
        for (Question question : quiz.questions()) {
            body.append("<fieldset class=\"question\"><legend>").append(question.number()).append(". ")
                    .append(esc(question.text())).append("</legend>");
            for (int i = 0; i < question.options().size(); i++) {
                String id = "q" + question.number() + letter(i);
                body.append("<div><input type=\"radio\" id=\"").append(id).append("\" name=\"q").append(question.number())
                        .append("\" value=\"").append(letter(i)).append("\"> <label for=\"").append(id).append("\">")
                        .append(letter(i)).append(". ").append(esc(question.options().get(i).text())).append("</label></div>");
            }
            body.append("</fieldset>");
        }
        body.append("<button id=\"quiz-submit\" type=\"submit\">Check my answers</button></form>");
        return Html.page(quiz.title(), body.toString());
    }

    /** Each question marked, every option explained, from {@code quiz --answers ... --json}. */
    static String quizResult(Quiz quiz, JsonNode result) {
        StringBuilder body = new StringBuilder("<h1>" + esc(quiz.title()) + "</h1><p class=\"score\" id=\"score\">Score: <strong>")
                .append(result.path("score").asInt()).append(" / ").append(result.path("maxScore").asInt())
                .append("</strong> (recorded in your progress)</p>");
        int n = 0;
        for (JsonNode answered : result.path("questions")) {
            Question question = quiz.questions().get(n++);
            boolean right = answered.path("right").asBoolean();
            body.append("<section class=\"question ").append(right ? "pass" : "fail").append("\"><h2>").append(question.number())
                    .append(". ").append(esc(question.text())).append("</h2><p>You answered ")
                    .append(esc(answered.path("answer").asText())).append(": ").append(right ? "right" : "wrong, the answer is "
                            + esc(answered.path("correct").asText())).append(".</p><ul>");
            for (int i = 0; i < question.options().size(); i++) {
                Option option = question.options().get(i);
                body.append("<li>").append(option.correct() ? "<strong>" : "").append(letter(i)).append(". ")
                        .append(esc(option.text())).append(option.correct() ? "</strong>" : "").append(" <span class=\"why\">")
                        .append(esc(option.why())).append("</span></li>");
            }
            body.append("</ul>");
            if (!answered.path("explanation").asText().isBlank()) {
                body.append("<p>").append(esc(answered.path("explanation").asText())).append("</p>");
            }
            body.append("</section>");
        }
        body.append("<p><a href=\"/quiz/").append(esc(quiz.id())).append("\">Try again</a> - <a href=\"/\">Home</a></p>");
        return Html.page(quiz.title(), body.toString());
    }

    static String drillForm(Drill drill, String answer, String message) {
        StringBuilder body = new StringBuilder("<h1>" + esc(drill.title()) + "</h1><div class=\"prompt\">")
                .append(Markdown.render(drill.prompt()).html()).append("</div>");
        if (message != null) {
            body.append("<p class=\"message\" role=\"alert\">").append(esc(message)).append("</p>");
        }
        body.append("<form id=\"drill\" method=\"post\" action=\"/drill/").append(esc(drill.id()))
                .append("\"><label for=\"answer\">Your answer, in your own words</label><textarea id=\"answer\" name=\"answer\" rows=\"10\">")
                .append(esc(answer == null ? "" : answer)).append("</textarea><button id=\"drill-submit\" type=\"submit\">Score my answer</button></form>");
        return Html.page(drill.title(), body.toString());
    }

    /** Each criterion met or not with the words that met it, then the model answer, from {@code drill --json}. */
    static String drillResult(Drill drill, JsonNode result, String answer) {
        StringBuilder body = new StringBuilder("<h1>" + esc(drill.title()) + "</h1><p class=\"score\" id=\"score\">Score: <strong>")
                .append(result.path("score").asInt()).append(" / ").append(result.path("maxScore").asInt()).append("</strong></p><ul class=\"criteria\">");
        for (JsonNode criterion : result.path("criteria")) {
            String description = drill.criteria().stream().filter(c -> c.id().equals(criterion.path("id").asText()))
                    .map(Criterion::description).findFirst().orElse(criterion.path("id").asText());
            boolean met = criterion.path("met").asBoolean();
            body.append("<li class=\"").append(met ? "pass" : "fail").append("\">").append(met ? "MET " : "NOT MET ")
                    .append(esc(description));
            if (criterion.path("evidence").size() > 0) {
                body.append(": ");
                criterion.path("evidence").forEach(e -> body.append("<mark>").append(esc(e.asText())).append("</mark> "));
            }
            body.append("</li>");
        }
        body.append("</ul><h2>Your answer</h2><blockquote>").append(esc(answer)).append("</blockquote><h2>Model answer</h2><div>")
                .append(Markdown.render(drill.modelAnswer()).html()).append("</div><p>Judging yourself against the model answer is"
                        + " done in the terminal for now: <code>drill ").append(esc(drill.id())).append("</code>.</p><p><a href=\"/drill/")
                .append(esc(drill.id())).append("\">Try again</a> - <a href=\"/\">Home</a></p>");
        return Html.page(drill.title(), body.toString());
    }
}
