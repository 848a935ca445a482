package dev.loopback.runner.drill;

import dev.loopback.grader.drill.Assessment;
import dev.loopback.grader.drill.Criterion;
import dev.loopback.grader.drill.CriterionResult;
import dev.loopback.grader.drill.Drill;
import dev.loopback.grader.drill.MisconceptionResult;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import dev.loopback.grader.text.Wrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a drill looks on the terminal: the prompt, the verdict per criterion with its evidence, the model answer. */
final class DrillReport {
    private final PrintWriter out;
    private final Palette palette;
    private final int width;

    DrillReport(Console console) {
        this.out = console.out();
        this.palette = console.palette();
        this.width = console.width();
    }

    void prompt(Drill drill) {
        out.println(palette.heading(drill.title()));
        out.println(Wrap.text(drill.prompt(), width, ""));
        out.println();
        out.flush();
    }

    void assessment(Drill drill, Assessment assessment) {
        out.println();
        if (DrillJson.notice(assessment).isPresent()) {
            out.println(palette.warn("Score: 0 of " + assessment.maxScore() + "."));
            out.println(Wrap.text(DrillJson.notice(assessment).get() + " Nothing was recorded; run 'drill " + drill.id() + "' again when you are ready.", width, ""));
            out.flush();
            return;
        }
        out.println(palette.strong("Score: " + assessment.score() + " of " + assessment.maxScore() + "."));
        for (int i = 0; i < drill.criteria().size(); i++) {
            criterion(drill.criteria().get(i), assessment.criteria().get(i), assessment);
        }
        for (MisconceptionResult stated : assessment.misconceptions()) {
            out.println(palette.fail("  misconception  ") + stated.id());
            out.println(Wrap.text("you wrote: " + stated.evidence().stream()
                    .map(e -> "\"" + e + "\"").collect(Collectors.joining(", ")), width, "           "));
            out.println(Wrap.text("In fact: " + stated.correction(), width, "           "));
        }
        out.println(palette.dim(Wrap.text("Scored offline by matching claims in the rubric (synonyms, word stems,"
                + " phrases in one sentence or clause, negation and dismissal, known misconceptions), not by"
                + " understanding: judge it yourself below.", width, "")));
        out.flush();
    }

    private void criterion(Criterion criterion, CriterionResult result, Assessment assessment) {
        String label = criterion.id() + " (" + criterion.points() + (criterion.points() == 1 ? " point" : " points")
                + (criterion.bonus() ? ", bonus" : "") + ")";
        out.println((result.met() ? palette.ok("  met      ") : palette.fail("  not met  ")) + label);
        out.println(Wrap.text(criterion.description(), width, "           "));
        List<String> because = assessment.misconceptions().stream()
                .filter(m -> m.touches().contains(criterion.id())).map(MisconceptionResult::id).toList();
        if (!result.met() && !because.isEmpty()) {
            out.println(Wrap.text("not met because of the misconception " + String.join(", ", because)
                    + " (below)", width, "           "));
        }
        if (!result.met() && !result.evidence().isEmpty()) {
            out.println(Wrap.text("not counted: " + String.join(" ", result.evidence()), width, "           "));
        }
        if (result.met()) {
            out.println(Wrap.text("because you wrote: " + result.evidence().stream()
                    .map(e -> "\"" + e + "\"").collect(Collectors.joining(", ")), width, "           "));
        }
    }

    void modelAnswer(Drill drill) {
        out.println();
        out.println(palette.heading("Model answer"));
        out.println(Wrap.text(drill.modelAnswer(), width, ""));
        out.flush();
    }

    void selfAssessed(Drill drill, Assessment assessment, Map<String, Boolean> verdicts) {
        Map<String, Boolean> automatic = new java.util.LinkedHashMap<>();
        assessment.criteria().forEach(r -> automatic.put(r.id(), r.met()));
        SelfVerdict verdict = SelfVerdict.of(drill, assessment.score(), automatic, verdicts);
        out.println();
        out.println(verdict.summary());
        if (!verdict.advice().isEmpty()) {
            out.println(Wrap.text(verdict.advice(), width, ""));
        }
        out.flush();
    }
}
