package dev.loopback.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.compile.DiagnosticFormat;
import dev.loopback.grader.compile.SourceDiagnostic;
import dev.loopback.grader.rubric.CriterionResult;
import java.util.List;

/**
 * The submit JSON other tools read: exercise, compiled, score, maxScore, passed, durationMs, criteria, diagnostics.
 * Each criterion carries the hint levels the learner has unlocked ({@code hints}, none unless given) and how many
 * it has ({@code hintLevels}).
 */
public final class JsonReport {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonReport() {}

    public static String render(GradeResult result) {
        return tree(result).toString();
    }

    /** The submit JSON showing the hint levels in {@code hints}. */
    public static String render(GradeResult result, UnlockedHints hints) {
        return tree(result, hints).toString();
    }

    /** The submit JSON with no hint level unlocked (as recorded with each submission). */
    public static ObjectNode tree(GradeResult r) {
        return tree(r, UnlockedHints.NONE);
    }

    public static ObjectNode tree(GradeResult r, UnlockedHints hints) {
        ObjectNode root = JSON.createObjectNode()
                .put("exercise", r.exercise()).put("title", r.title()).put("compiled", r.compiled())
                .put("score", r.score()).put("maxScore", r.maxScore()).put("passMark", r.passMark())
                .put("passed", r.passed()).put("durationMs", r.durationMs())
                .put("submittedAt", r.submittedAt().toString()).put("seed", r.seed());
        ArrayNode criteria = root.putArray("criteria");
        for (CriterionResult c : r.criteria()) {
            ObjectNode node = criteria.addObject().put("id", c.id()).put("title", c.criterion().title())
                    .put("points", c.points()).put("earned", c.earned()).put("passed", c.passed())
                    .put("feedback", c.feedback()).put("section", c.criterion().section())
                    .put("testsPassed", c.testsPassed()).put("testsTotal", c.testsTotal())
                    .put("hintLevels", c.criterion().hints().size());
            List<String> shown = hints.shown(c.criterion());
            shown.forEach(node.putArray("hints")::add);
            if (!c.passed() && r.compiled() && shown.size() < c.criterion().hints().size()) {
                node.put("nextHint", "hint " + r.exercise());
            }
            c.failures().forEach(node.putArray("failures")::add);
            if (r.verbose()) {
                c.frames().forEach(node.putArray("frames")::add);
            }
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (SourceDiagnostic d : r.diagnostics()) {
            diagnostics.addObject().put("file", d.file() == null ? null : relative(r, d))
                    .put("line", d.line()).put("column", d.column()).put("kind", d.kind())
                    .put("message", d.message()).put("text", DiagnosticFormat.format(d, r.base()));
        }
        r.apiProblems().forEach(root.putArray("apiProblems")::add);
        r.notes().forEach(root.putArray("notes")::add);
        if (r.tests().stream().anyMatch(t -> !t.measurements().isEmpty())) {
            ArrayNode measured = root.putArray("measurements");
            r.tests().forEach(t -> t.measurements().forEach((key, value) ->
                    measured.addObject().put("test", t.name()).put("key", key).put("value", value)));
        }
        return root;
    }

    private static String relative(GradeResult r, SourceDiagnostic d) {
        return d.file().toAbsolutePath().startsWith(r.base()) ? r.base().relativize(d.file().toAbsolutePath()).toString()
                : d.file().toString();
    }
}
