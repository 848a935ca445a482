package dev.loopback.runner.web;

import static dev.loopback.runner.web.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's drill answer as HTML with the scorer's evidence marked where it occurs: the words that met a criterion
 * in {@code <mark>} followed by the criterion's name in brackets, a misconception's words in {@code <mark class="wrong">}
 * with its name. The evidence comes from the scorer's result ({@code drill --json}); nothing is matched here but its
 * quotes, found again in the text (any run of spaces or line breaks between their words).
 */
final class Highlight {
    private Highlight() {}

    private record Span(int start, int end, String label, boolean wrong) {}

    static String answer(String answer, JsonNode result) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode criterion : result.path("criteria")) {
            criterion.path("evidence").forEach(e -> find(answer, e.asText(), criterion.path("id").asText(), false, spans));
        }
        for (JsonNode stated : result.path("misconceptions")) {
            stated.path("evidence").forEach(e -> find(answer, e.asText(), "misconception: " + stated.path("id").asText(), true, spans));
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end()));
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at) {
                continue; // overlaps one already marked
            }
            html.append(esc(answer.substring(at, span.start()))).append("<mark").append(span.wrong() ? " class=\"wrong\"" : "")
                    .append(" data-label=\"").append(esc(span.label())).append("\">").append(esc(answer.substring(span.start(), span.end())))
                    .append("</mark><span class=\"tag\"> [").append(esc(span.label())).append("]</span>");
            at = span.end();
        }
        return html.append(esc(answer.substring(at))).toString();
    }

    private static void find(String answer, String quote, String label, boolean wrong, List<Span> spans) {
        String[] words = quote.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            quoted.add(Pattern.quote(word));
        }
        Matcher m = Pattern.compile(String.join("\\s+", quoted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(answer);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), label, wrong));
        }
    }
}
