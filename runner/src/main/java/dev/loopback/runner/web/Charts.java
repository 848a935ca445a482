package dev.loopback.runner.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.Grader;
import dev.loopback.grader.history.Attempt;
import dev.loopback.runner.command.Session;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The charts the pages show, each from the same data as its terminal command, drawn by {@link Svg}. */
final class Charts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Charts() {}

    /**
     * The numbers the hidden tests measured of the learner's own code in their last passing submission (handshake-timer:
     * setup and work, cold and kept alive), from that submission's recorded result; empty where none were published.
     */
    static String measured(Session session, String exercise, String id) {
        List<Attempt> attempts = new Grader(session.workspace()).history().attempts(exercise);
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (!attempts.get(i).passed()) {
                continue;
            }
            List<Svg.Bar> bars = new ArrayList<>();
            try {
                JsonNode result = JSON.readTree(attempts.get(i).dir().resolve("result.json").toFile());
                for (JsonNode m : result.path("measurements")) {
                    String key = m.path("key").asText();
                    if (key.matches("[a-z0-9-]{1,40}") && m.path("value").isNumber()) {
                        bars.add(new Svg.Bar(label(key), m.path("value").asDouble()));
                    }
                }
            } catch (IOException unreadable) {
                return "";
            }
            return bars.isEmpty() ? "" : Svg.barChart(id, "Your own measured times, submission " + (i + 1) + " (your last "
                    + "passing one)", "ms", bars);
        }
        return "";
    }

    /** {@code kept-alive-call-2-setup-ms} as "kept alive call 2: setup". */
    private static String label(String key) {
        String words = key.replaceFirst("-ms$", "").replace('-', ' ');
        int last = words.lastIndexOf(' ');
        return last < 0 ? words : words.substring(0, last) + ": " + words.substring(last + 1);
    }

    /** Score over time for {@code exercise}: every recorded submission, as {@code history <id>} lists them. */
    static String history(Session session, String exercise, String id) {
        List<Attempt> attempts = new Grader(session.workspace()).history().attempts(exercise);
        List<Svg.Point> points = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            points.add(new Svg.Point(String.valueOf(i + 1), a.score(), a.passed(), WHEN.format(a.at())
                    + (a.compiled() ? "" : ", did not compile")));
        }
        int max = attempts.isEmpty() ? 100 : attempts.get(0).maxScore();
        return Svg.lineChart(id, "Score over time: " + exercise + " (" + attempts.size() + (attempts.size() == 1 ? " submission)" : " submissions)"),
                "Submission", "Score", max, points, "passed", "not passed");
    }
}
