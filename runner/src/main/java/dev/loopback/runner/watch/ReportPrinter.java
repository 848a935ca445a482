package dev.loopback.runner.watch;

import dev.loopback.runner.output.Console;
import dev.loopback.grader.text.Wrap;
import java.io.PrintWriter;
import java.util.List;

/**
 * The compact watch report: the score, then each failing criterion with what went wrong, its lesson section, the hint
 * levels unlocked and how to unlock the next.
 */
final class ReportPrinter {
    private static final int MAX_DIAGNOSTIC_LINES = 12;

    private ReportPrinter() {}

    static void print(String title, GradeReport report, Console console) {
        PrintWriter out = console.out();
        if (!report.compiled()) {
            out.println(console.palette().fail(title + ": does not compile, so nothing could be tested yet."));
            // Compiler output stays verbatim, so a source line and its caret stay aligned.
            report.diagnostics().stream().flatMap(String::lines).limit(MAX_DIAGNOSTIC_LINES)
                    .forEach(line -> console.verbatim("  " + line + System.lineSeparator()));
            out.flush();
            return;
        }
        String score = report.score() + " / " + report.maxScore();
        out.println(report.passed() ? console.palette().ok(title + ": " + score + ", passing")
                : console.palette().warn(title + ": " + score + ", not passing yet"));
        report.diagnostics().forEach(line -> out.println("  " + line));
        for (GradeReport.Criterion criterion : report.failing()) {
            String heading = criterion.title() + " (" + criterion.earned() + "/" + criterion.points() + "):";
            List<String> lines = Wrap.lines(heading + " " + criterion.feedback(), console.width(), "  - ", "    ");
            out.println(lines.get(0).replace(criterion.title(), console.palette().strong(criterion.title())));
            lines.stream().skip(1).forEach(out::println);
            Wrap.lines("see " + criterion.lesson(), console.width(), "    ", "      ").forEach(out::println);
            List<String> hints = criterion.hints();
            for (int i = 0; i < hints.size(); i++) {
                String label = hints.size() == 1 && criterion.nextHint().isEmpty() ? "hint: "
                        : "hint " + (i + 1) + ": ";
                Wrap.lines(label + hints.get(i), console.width(), "    ", "    " + " ".repeat(label.length()))
                        .forEach(line -> out.println(console.palette().dim(line)));
            }
            if (!criterion.nextHint().isEmpty()) {
                Wrap.lines(criterion.nextHint(), console.width(), "    ", "    ")
                        .forEach(line -> out.println(console.palette().dim(line)));
            }
        }
        out.flush();
    }
}
