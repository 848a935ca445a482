package dev.loopback.runner.grading;

import dev.loopback.grader.Grader;
import dev.loopback.grader.history.Attempt;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Lists the learner's submissions of an exercise with their scores, and the best one. */
public final class HistoryCommand implements Command {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Override public String name() { return "history"; }
    @Override public String synopsis() { return "history <exercise>"; }
    @Override public String summary() { return "your submissions of an exercise and their scores"; }
    @Override public List<String> completions(Session session) { return ExerciseArgs.ids(session); }
    @Override public List<String> examples() { return List.of("history pool-sizer"); }

    @Override
    public String details() {
        return "Lists every submission of an exercise, oldest first, with its time, score and outcome, and the best "
                + "score. Each one's sources and result are kept under .course/submissions/<exercise>/.";
    }

    @Override
    public int run(List<String> args, Session session) {
        Optional<String> id = ExerciseArgs.exercise(args, session, synopsis());
        if (id.isEmpty()) {
            return ExitCode.USAGE;
        }
        List<Attempt> attempts = new Grader(session.workspace()).history().attempts(id.get());
        PrintWriter out = session.console().out();
        if (attempts.isEmpty()) {
            out.println("No submissions of " + id.get() + " yet. Try: submit " + id.get());
            return ExitCode.OK;
        }
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            out.printf(Locale.ROOT, "  %3d  %s  %3d/%-3d  %-15s %5.1f s%n", i + 1, WHEN.format(a.at()), a.score(), a.maxScore(),
                    !a.compiled() ? "did not compile" : a.passed() ? "passed" : "not passed", a.durationMs() / 1000.0);
        }
        int best = attempts.stream().mapToInt(Attempt::score).max().orElse(0);
        out.println("Best: " + best + "/" + attempts.get(0).maxScore() + " in " + attempts.size() + " attempt"
                + (attempts.size() == 1 ? "" : "s") + ". Sources and results: "
                + session.workspace().home().relativize(attempts.get(0).dir().getParent()));
        return ExitCode.OK;
    }
}
