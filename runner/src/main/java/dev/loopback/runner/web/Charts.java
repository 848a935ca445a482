package dev.loopback.runner.web;

import dev.loopback.grader.Grader;
import dev.loopback.grader.history.Attempt;
import dev.loopback.runner.command.Session;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The charts the pages show, each from the same data as its terminal command, drawn by {@link Svg}. */
final class Charts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Charts() {}

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
