package dev.loopback.runner.watch;

import dev.loopback.runner.output.Console;
import java.io.PrintWriter;

/** The compact watch report: the score, then each failing criterion with its feedback and hint. */
final class ReportPrinter {
    private static final int MAX_DIAGNOSTIC_LINES = 12;

    private ReportPrinter() {}

    static void print(String title, GradeReport report, Console console) {
        PrintWriter out = console.out();
        if (!report.compiled()) {
            out.println(console.palette().fail(title + ": does not compile, so nothing could be tested yet."));
            report.diagnostics().stream().flatMap(String::lines).limit(MAX_DIAGNOSTIC_LINES)
                    .forEach(line -> out.println("  " + line));
            out.flush();
            return;
        }
        String score = report.score() + " / " + report.maxScore();
        out.println(report.passed() ? console.palette().ok(title + ": " + score + ", passing")
                : console.palette().warn(title + ": " + score + ", not passing yet"));
        report.diagnostics().forEach(line -> out.println("  " + line));
        for (GradeReport.Criterion criterion : report.failing()) {
            out.println("  - " + console.palette().strong(criterion.title()) + " (" + criterion.earned() + "/"
                    + criterion.points() + "): " + criterion.feedback());
            if (!criterion.hint().isBlank()) {
                out.println("    " + console.palette().dim("hint: " + criterion.hint()));
            }
        }
        out.flush();
    }
}
