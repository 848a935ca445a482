package dev.loopback.grader.report;

import dev.loopback.grader.GradeResult;
import dev.loopback.grader.compile.DiagnosticFormat;
import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.Explain;
import dev.loopback.grader.text.Wrap;
import java.util.Locale;

/**
 * The learner's report: compile errors or API problems, then one block per criterion, then the total; prose wraps at
 * words to the width with a hanging indent, compiler diagnostics stay verbatim.
 */
public final class TextReport {
    private static final String BODY = "        ";
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private TextReport() {}

    public static String render(GradeResult r) {
        return render(r, Style.PLAIN);
    }

    /** The report with passes, failures and the title marked in {@code style}. */
    public static String render(GradeResult r, Style style) {
        return render(r, style, UNBOUNDED);
    }

    /** The report in {@code style} with its prose wrapped to {@code width} columns. */
    public static String render(GradeResult r, Style style, int width) {
        StringBuilder out = new StringBuilder();
        out.append(style.strong(r.title() + " (" + r.exercise() + ")")).append('\n');
        if (!r.diagnostics().isEmpty()) {
            out.append(r.compiled() ? "\nYour code compiled, but the grader will not run it:\n\n"
                    : "\nYour code did not compile:\n\n");
            for (SourceDiagnostic d : r.diagnostics()) {
                out.append(DiagnosticFormat.format(d, r.base())).append("\n\n");
            }
        }
        if (!r.apiProblems().isEmpty()) {
            prose(out.append('\n'), "Your classes no longer match the stub the hidden tests were written against:", width,
                    "", "");
            r.apiProblems().forEach(p -> prose(out, p, width, "  - ", "    "));
        }
        out.append('\n');
        int titles = r.criteria().stream().mapToInt(c -> c.criterion().title().length()).max().orElse(10);
        for (CriterionResult c : r.criteria()) {
            criterion(out, r, c, titles, style, width);
        }
        r.notes().forEach(n -> prose(out.append('\n'), n, width, "Note: ", "      "));
        if (r.verbose() && !r.output().isBlank()) {
            out.append("\nWhat your code printed (start):\n").append(r.output().strip()).append('\n');
        }
        if (!r.passed() && !r.tests().isEmpty()) {
            prose(out.append('\n'), "The hidden tests used inputs generated from seed " + r.seed() + "; submit "
                    + r.exercise() + " --seed " + r.seed() + " runs them again.", width, "", "");
        }
        String verdict = r.passed() ? style.pass("PASSED") : style.fail("not passed yet");
        out.append(String.format(Locale.ROOT, "%nScore %d/%d - %s (pass mark %d) - %.1f s%n", r.score(), r.maxScore(),
                verdict, r.passMark(), r.durationMs() / 1000.0));
        return out.toString();
    }

    private static void criterion(StringBuilder out, GradeResult r, CriterionResult c, int titles, Style style,
            int width) {
        out.append(String.format(Locale.ROOT, "  %s  %-" + titles + "s  %3d/%-3d%n", c.passed() ? style.pass("PASS") : style.fail("FAIL"),
                c.criterion().title(), c.earned(), c.points()));
        if (c.passed()) {
            return;
        }
        String section = c.criterion().section();
        c.failures().forEach(f -> prose(out, Explain.besidePointer(f, section), width, BODY, BODY));
        if (c.failures().isEmpty()) {
            prose(out, Explain.besidePointer(c.feedback(), section), width, BODY, BODY);
        }
        if (c.testsTotal() > 0) {
            prose(out, c.testsPassed() + " of " + c.testsTotal() + " tests passed.", width, BODY, BODY);
        }
        if (r.verbose()) {
            c.frames().forEach(f -> out.append("          at ").append(f).append('\n'));
        }
        prose(out, c.criterion().hint(), width, BODY + "Hint: ", BODY + "      ");
        prose(out, lessonLink(r, c), width, BODY + "See ", BODY + "    ");
    }

    /** Each line of {@code text} as is when it fits, else wrapped at words, the first behind {@code first}. */
    private static void prose(StringBuilder out, String text, int width, String first, String hanging) {
        String lead = first;
        for (String line : text.strip().split("\\R", -1)) {
            if (lead.length() + line.length() <= width || line.isBlank()) {
                out.append(line.isBlank() ? "" : lead + line).append('\n');
            } else {
                Wrap.lines(line, width, lead, hanging).forEach(l -> out.append(l).append('\n'));
            }
            lead = hanging;
        }
    }

    /** The feedback, hint and lesson pointer of a failed criterion, the pointer said once, on separate lines. */
    static String failedCriterion(GradeResult r, CriterionResult c) {
        return Explain.besidePointer(c.feedback(), c.criterion().section()) + "\nHint: " + c.criterion().hint()
                + "\nSee " + lessonLink(r, c);
    }

    /** "Lesson 05 - Pool sizing via Little's Law". */
    public static String lessonLink(GradeResult r, CriterionResult c) {
        return "Lesson " + r.lesson() + " - " + c.criterion().section();
    }
}
