package dev.loopback.runner.drill;

import dev.loopback.grader.drill.Criterion;
import dev.loopback.grader.drill.Drill;
import dev.loopback.runner.command.Session;
import dev.loopback.grader.text.Wrap;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Asks the learner, criterion by criterion, whether their answer met it: y, n, or Enter to skip. */
final class SelfAssessment {
    private final Session session;
    private final Drill drill;

    SelfAssessment(Session session, Drill drill) {
        this.session = session;
        this.drill = drill;
    }

    /** The learner's verdicts (skipped criteria left out), or empty when they gave none. */
    Optional<Map<String, Boolean>> ask() {
        PrintWriter out = session.console().out();
        out.println();
        out.println(session.console().palette().strong("Now judge your own answer against the model answer."));
        out.println(Wrap.text("For each criterion type y (met) or n (not met); Enter skips. The automatic score"
                + " stays as it is.", session.console().width(), ""));
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (Criterion criterion : drill.criteria()) {
            out.println(Wrap.text(criterion.id() + ": " + criterion.description(), session.console().width(), ""));
            out.flush();
            Reply reply = reply();
            if (reply == Reply.END) {
                break;
            }
            if (reply != Reply.SKIP) {
                verdicts.put(criterion.id(), reply == Reply.MET);
            }
        }
        return verdicts.isEmpty() ? Optional.empty() : Optional.of(verdicts);
    }

    /** What the learner said about one criterion. */
    private enum Reply { MET, NOT_MET, SKIP, END }

    private Reply reply() {
        while (true) {
            Optional<String> line = session.console().in().readLine("Met? (y/n) ");
            if (line.isEmpty()) {
                return Reply.END;
            }
            String word = line.get().strip().toLowerCase(Locale.ROOT);
            switch (word) {
                case "" -> { return Reply.SKIP; }
                case "y", "yes" -> { return Reply.MET; }
                case "n", "no" -> { return Reply.NOT_MET; }
                default -> { }
            }
            session.console().err().println("Type y or n, or press Enter to skip.");
        }
    }
}
