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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        body.append("<p id=\"quiz-status\" class=\"dim\" aria-live=\"polite\"></p><form id=\"quiz\" method=\"post\" action=\"/quiz/")
                .append(esc(quiz.id())).append("\" data-quiz=\"").append(esc(quiz.id())).append("\" data-count=\"")
                .append(quiz.questions().size()).append("\">");
        for (Question question : quiz.questions()) {
            body.append("<fieldset class=\"question\" data-number=\"").append(question.number()).append("\"><legend>").append(question.number()).append(". ")
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

    /**
     * One question checked on its own, for the page that asks one question at a time: whether {@code letter} (authored
     * order, as in the form) is right, and every option with why it is right or wrong. Nothing is recorded: the whole
     * form, posted at the end, is the attempt ({@code quiz --answers ... --json}).
     */
    static Optional<ObjectNode> check(Quiz quiz, int number, String letter) {
        if (number < 1 || number > quiz.questions().size()) {
            return Optional.empty();
        }
        Question question = quiz.questions().get(number - 1);
        int chosen = letter.length() == 1 ? Character.toUpperCase(letter.charAt(0)) - 'A' : -1;
        if (chosen < 0 || chosen >= question.options().size()) {
            return Optional.empty();
        }
        ObjectNode node = new ObjectMapper().createObjectNode().put("number", number).put("answer", letter(chosen))
                .put("correct", letter(question.correct())).put("right", question.options().get(chosen).correct());
        ArrayNode options = node.putArray("options");
        for (int i = 0; i < question.options().size(); i++) {
            Option option = question.options().get(i);
            options.addObject().put("letter", letter(i)).put("text", option.text()).put("correct", option.correct())
                    .put("why", option.why());
        }
        return Optional.of(node.put("explanation", question.explanation()));
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

    /**
     * The result of one drill answer, from {@code drill --json}: the score, the learner's own answer with the words the
     * scorer matched highlighted (and any misconception marked), each criterion met or not with its evidence, each
     * misconception with its correction, the model answer, then the self-assessment form for attempt {@code attempt}
     * (0: nothing was recorded, so there is nothing to judge).
     */
    static String drillResult(Drill drill, JsonNode result, String answer, int attempt) {
        StringBuilder body = new StringBuilder("<h1>" + esc(drill.title()) + "</h1><p class=\"score\" id=\"score\" data-score=\"")
                .append(result.path("score").asInt()).append("\">Score: <strong>").append(result.path("score").asInt())
                .append(" / ").append(result.path("maxScore").asInt()).append("</strong></p>");
        if (result.hasNonNull("notice")) {
            body.append("<p class=\"message\" role=\"alert\" id=\"notice\">").append(esc(result.path("notice").asText()))
                    .append(" Nothing was recorded.</p>");
        }
        body.append("<h2>Your answer</h2><blockquote id=\"your-answer\" class=\"answer\">")
                .append(Highlight.answer(answer, result)).append("</blockquote><p class=\"dim\">Highlighted: the words that met a"
                        + " criterion (its name in brackets after them); struck through with a wavy line: a misconception.</p>");
        body.append("<h2>Criteria</h2><ul class=\"criteria\" id=\"criteria\">");
        for (JsonNode criterion : result.path("criteria")) {
            String id = criterion.path("id").asText();
            String description = drill.criteria().stream().filter(c -> c.id().equals(id))
                    .map(Criterion::description).findFirst().orElse(id);
            boolean met = criterion.path("met").asBoolean();
            body.append("<li class=\"").append(met ? "pass" : "fail").append("\" data-criterion=\"").append(esc(id)).append("\">")
                    .append(met ? "MET " : "NOT MET ").append("<strong>").append(esc(id)).append("</strong>: ").append(esc(description));
            if (!met && criterion.path("evidence").size() > 0) {
                body.append("<br>not counted: ");
                criterion.path("evidence").forEach(e -> body.append(esc(e.asText())).append(' '));
            } else if (criterion.path("evidence").size() > 0) {
                body.append("<br>because you wrote: ");
                criterion.path("evidence").forEach(e -> body.append("<q>").append(esc(e.asText())).append("</q> "));
            }
            body.append("</li>");
        }
        body.append("</ul>");
        if (result.path("misconceptions").size() > 0) {
            body.append("<h2>Misconceptions</h2><ul class=\"misconceptions\" id=\"misconceptions\">");
            for (JsonNode stated : result.path("misconceptions")) {
                body.append("<li><strong>").append(esc(stated.path("id").asText())).append("</strong>: you wrote ");
                stated.path("evidence").forEach(e -> body.append("<q>").append(esc(e.asText())).append("</q> "));
                body.append("<br>In fact: ").append(esc(stated.path("correction").asText())).append("</li>");
            }
            body.append("</ul>");
        }
        body.append("<p class=\"dim\">Scored offline by matching claims in the rubric, not by understanding: judge it yourself"
                + " below.</p><h2>Model answer</h2><div id=\"model-answer\">").append(Markdown.render(drill.modelAnswer()).html())
                .append("</div>");
        if (attempt > 0) {
            body.append(selfAssessmentForm(drill, attempt));
        }
        body.append("<p><a href=\"/drill/").append(esc(drill.id())).append("\">Try again</a> - <a href=\"/\">Home</a></p>");
        return Html.page(drill.title(), body.toString());
    }

    /** Met, not met or skip per criterion: what the terminal's {@code drill} asks after the model answer. */
    static String selfAssessmentForm(Drill drill, int attempt) {
        StringBuilder form = new StringBuilder("<h2 id=\"self\">Your own verdict</h2><form id=\"self-assessment\" method=\"post\""
                + " action=\"/drill/" + esc(drill.id()) + "/self\"><p>Judge your answer against the model answer, criterion by"
                + " criterion. The automatic score stays as it is; your verdict is kept next to it.</p>"
                + "<input type=\"hidden\" name=\"attempt\" value=\"" + attempt + "\">");
        for (Criterion criterion : drill.criteria()) {
            String name = "c-" + criterion.id();
            form.append("<fieldset class=\"question\"><legend><strong>").append(esc(criterion.id())).append("</strong>: ")
                    .append(esc(criterion.description())).append("</legend>");
            String[][] choices = {{"met", "Met"}, {"not", "Not met"}, {"", "Skip"}};
            for (String[] choice : choices) {
                String id = name + "-" + (choice[0].isEmpty() ? "skip" : choice[0]);
                form.append("<label for=\"").append(esc(id)).append("\"><input type=\"radio\" id=\"").append(esc(id))
                        .append("\" name=\"").append(esc(name)).append("\" value=\"").append(choice[0]).append("\"")
                        .append(choice[0].isEmpty() ? " checked" : "").append("> ").append(choice[1]).append("</label> ");
            }
            form.append("</fieldset>");
        }
        return form.append("<button id=\"self-submit\" type=\"submit\">Keep my verdict</button></form>").toString();
    }

    /** After the self-assessment: both verdicts side by side. */
    static String selfAssessed(Drill drill, dev.loopback.runner.drill.SelfVerdict verdict) {
        return Html.page(drill.title(), "<h1>" + esc(drill.title()) + "</h1><p id=\"self-verdict\" class=\"score\">"
                + esc(verdict.summary()) + "</p>" + (verdict.advice().isEmpty() ? "" : "<p>" + esc(verdict.advice()) + "</p>")
                + "<p><a href=\"/drill/" + esc(drill.id()) + "\">Try again</a> - <a href=\"/progress\">Progress</a> - <a href=\"/\">Home</a></p>");
    }
}
