package dev.loopback.grader.report;

import dev.loopback.grader.GradeResult;
import dev.loopback.grader.compile.DiagnosticFormat;
import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.rubric.CriterionResult;
import java.util.Locale;

/** The learner's report: compile errors or API problems, then one block per criterion, then the total. */
public final class TextReport {
    private TextReport() {}

    public static String render(GradeResult r) {
        return render(r, Style.PLAIN);
    }

    /** The report with passes, failures and the title marked in {@code style}. */
    public static String render(GradeResult r, Style style) {
        StringBuilder out = new StringBuilder();
        out.append(style.strong(r.title() + " (" + r.exercise() + ")")).append('\n');
        if (!r.diagnostics().isEmpty()) {
            out.append("\nYour code did not compile:\n\n");
            for (SourceDiagnostic d : r.diagnostics()) {
                out.append(DiagnosticFormat.format(d, r.base())).append("\n\n");
            }
        }
        if (!r.apiProblems().isEmpty()) {
            out.append("\nYour classes no longer match the stub the hidden tests were written against:\n");
            r.apiProblems().forEach(p -> out.append("  - ").append(p).append('\n'));
        }
        out.append('\n');
        int width = r.criteria().stream().mapToInt(c -> c.criterion().title().length()).max().orElse(10);
        for (CriterionResult c : r.criteria()) {
            criterion(out, r, c, width, style);
        }
        r.notes().forEach(n -> out.append("\nNote: ").append(n).append('\n'));
        if (r.verbose() && !r.output().isBlank()) {
            out.append("\nWhat your code printed (start):\n").append(r.output().strip()).append('\n');
        }
        String verdict = r.passed() ? style.pass("PASSED") : style.fail("not passed yet");
        out.append(String.format(Locale.ROOT, "%nScore %d/%d - %s (pass mark %d) - %.1f s%n", r.score(), r.maxScore(),
                verdict, r.passMark(), r.durationMs() / 1000.0));
        return out.toString();
    }

    private static void criterion(StringBuilder out, GradeResult r, CriterionResult c, int width, Style style) {
        out.append(String.format(Locale.ROOT, "  %s  %-" + width + "s  %3d/%-3d%n", c.passed() ? style.pass("PASS") : style.fail("FAIL"),
                c.criterion().title(), c.earned(), c.points()));
        if (c.passed()) {
            return;
        }
        c.failures().forEach(f -> out.append("        ").append(f).append('\n'));
        if (c.failures().isEmpty()) {
            out.append("        ").append(c.feedback()).append('\n');
        }
        if (c.testsTotal() > 0) {
            out.append("        ").append(c.testsPassed()).append(" of ").append(c.testsTotal()).append(" tests passed.\n");
        }
        if (r.verbose()) {
            c.frames().forEach(f -> out.append("          at ").append(f).append('\n'));
        }
        out.append("        Hint: ").append(c.criterion().hint()).append('\n');
        out.append("        See ").append(lessonLink(r, c)).append('\n');
    }

    /** "Lesson 05 - Pool sizing via Little's Law". */
    public static String lessonLink(GradeResult r, CriterionResult c) {
        return "Lesson " + r.lesson() + " - " + c.criterion().section();
    }
}
