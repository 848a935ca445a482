package dev.loopback.grader.report;

import dev.loopback.grader.GradeResult;
import dev.loopback.grader.compile.DiagnosticFormat;
import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.Explain;
import dev.loopback.grader.text.Wrap;
import java.util.List;
import java.util.Locale;

/**
 * The learner's report: compile errors or API problems, then one block per criterion, then the total; prose wraps at
 * words to the width with a hanging indent, compiler diagnostics stay verbatim. A failing criterion shows what went
 * wrong, the hint levels the learner has unlocked ({@link UnlockedHints}; none unless given) and its lesson section,
 * then how to unlock the next level ({@code hint <exercise>}).
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

    /** The report in {@code style} with its prose wrapped to {@code width} columns, no hint level unlocked. */
    public static String render(GradeResult r, Style style, int width) {
        return render(r, style, width, UnlockedHints.NONE);
    }

    /** The report in {@code style}, wrapped to {@code width}, showing the hint levels in {@code hints}. */
    public static String render(GradeResult r, Style style, int width, UnlockedHints hints) {
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
            criterion(out, r, c, titles, style, width, hints);
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
            int width, UnlockedHints hints) {
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
        List<String> shown = hints.shown(c.criterion());
        int levels = c.criterion().hints().size();
        for (int i = 0; i < shown.size(); i++) {
            String label = hintLabel(i + 1, levels);
            prose(out, shown.get(i), width, BODY + label, BODY + " ".repeat(label.length()));
        }
        prose(out, lessonLink(r, c), width, BODY + "See ", BODY + "    ");
        if (r.compiled() && shown.size() < levels) {
            prose(out, nextHint(r.exercise(), shown.size(), levels), width, BODY, BODY);
        }
    }

    /** "Hint: " for a criterion with one level, else "Hint 2 of 3: ". */
    private static String hintLabel(int level, int levels) {
        return levels == 1 ? "Hint: " : "Hint " + level + " of " + levels + ": ";
    }

    /** How to see the next level: "Stuck? hint pool-sizer shows one." */
    public static String nextHint(String exercise, int shown, int levels) {
        return shown == 0 ? "Stuck? hint " + exercise + " shows one." : "hint " + exercise + " shows hint " + (shown + 1)
                + " of " + levels + ".";
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

    /**
     * The feedback, every hint level and the lesson pointer of a failed criterion, the pointer said once, on separate
     * lines: the full text, for instructors' formats.
     */
    static String failedCriterion(GradeResult r, CriterionResult c) {
        StringBuilder text = new StringBuilder(Explain.besidePointer(c.feedback(), c.criterion().section()));
        List<String> levels = UnlockedHints.ALL.shown(c.criterion());
        for (int i = 0; i < levels.size(); i++) {
            text.append('\n').append(hintLabel(i + 1, levels.size())).append(levels.get(i));
        }
        return text.append("\nSee ").append(lessonLink(r, c)).toString();
    }

    /** "Lesson 05 - Pool sizing via Little's Law". */
    public static String lessonLink(GradeResult r, CriterionResult c) {
        return "Lesson " + r.lesson() + " - " + c.criterion().section();
    }
}
