package dev.loopback.grader.report;

import dev.loopback.grader.GradeResult;
import dev.loopback.grader.compile.DiagnosticFormat;
import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.TestOutcome;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the platform formats (Gradescope, Exercism) say about a run as a whole: whether any hidden test reached a
 * verdict, why not, and what the learner's code printed, bounded.
 */
final class RunProblems {
    private RunProblems() {}

    /**
     * True when no hidden test reached a verdict of its own: the code did not compile, the grading policy refused it,
     * it no longer matches the stub, the results could not be read, or the run ended before any test finished.
     */
    static boolean nothingRan(GradeResult r) {
        return r.tests().stream().noneMatch(t -> t.status() == TestOutcome.Status.PASSED
                || t.status() == TestOutcome.Status.FAILED);
    }

    /** True when every test of {@code c} that did not pass was cut off by the end of the run (or never started). */
    static boolean endedWithTheRun(GradeResult r, CriterionResult c) {
        List<TestOutcome> own = r.tests().stream().filter(t -> t.tags().contains(c.id())).toList();
        return !c.passed() && !own.isEmpty() && own.stream().filter(t -> !t.passed())
                .allMatch(t -> t.status() == TestOutcome.Status.ENDED || t.status() == TestOutcome.Status.NOT_RUN);
    }

    /**
     * Everything that stopped the run, verbatim: compiler diagnostics or the grading policy's refusals (each with
     * its source line and caret), API problems, why the run ended early, and the notes; empty when nothing did.
     */
    static String describe(GradeResult r) {
        StringBuilder out = new StringBuilder();
        if (!r.diagnostics().isEmpty()) {
            out.append(r.compiled() ? "Your code compiled, but the grader will not run it:\n\n"
                    : "Your code did not compile:\n\n");
            for (SourceDiagnostic d : r.diagnostics()) {
                out.append(DiagnosticFormat.format(d, r.base())).append("\n\n");
            }
        }
        if (!r.apiProblems().isEmpty()) {
            out.append("Your classes no longer match the stub the hidden tests were written against:\n");
            r.apiProblems().forEach(p -> out.append("  - ").append(p).append('\n'));
            out.append('\n');
        }
        Set<String> reasons = new LinkedHashSet<>();
        r.tests().stream().filter(t -> t.status() == TestOutcome.Status.ENDED).forEach(t -> reasons.add(t.message()));
        reasons.addAll(r.notes());
        reasons.forEach(reason -> out.append(reason).append("\n\n"));
        return out.toString().strip();
    }

    /** What the learner's code printed, cut to at most {@code limit} characters with a note saying so. */
    static String printed(GradeResult r, int limit) {
        String printed = r.output().strip();
        if (printed.length() <= limit) {
            return printed;
        }
        String note = "\nOutput was truncated. Please limit to " + limit + " chars";
        return printed.substring(0, Math.max(0, limit - note.length())) + note;
    }

    /** {@code text} as a Markdown code block, fenced with more backticks than it holds in a row. */
    static String codeBlock(String text) {
        int longest = 0;
        int run = 0;
        for (char ch : text.toCharArray()) {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + text + "\n" + fence;
    }
}
