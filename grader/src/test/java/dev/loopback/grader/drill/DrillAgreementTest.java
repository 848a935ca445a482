package dev.loopback.grader.drill;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped drill rubric agrees with a human's per-criterion labels on at least 90% of the labelled answers. */
class DrillAgreementTest {
    static final Path DRILL = Path.of("..", "course", "drills", "05-cold-start.md");
    private static Drill drill;
    private static List<LabelledAnswer> answers;

    @BeforeAll
    static void load() throws Exception {
        drill = DrillParser.parse("05", DRILL);
        answers = LabelledAnswer.all();
    }

    @Test
    void theLabelledSetIsLargeEnoughToMeanSomething() {
        assertTrue(answers.size() >= 30, "only " + answers.size() + " labelled answers");
    }

    @Test
    void everyCriterionAgreesWithTheLabelsOnAtLeastNinetyPercent() {
        StringBuilder report = new StringBuilder("Drill 05 agreement with labels (" + answers.size() + " answers):\n");
        List<String> below = new ArrayList<>();
        for (Criterion criterion : drill.criteria()) {
            List<String> disagreements = new ArrayList<>();
            for (LabelledAnswer answer : answers) {
                boolean met = DrillScorer.score(drill, answer.answer()).criteria().stream()
                        .filter(r -> r.id().equals(criterion.id())).findFirst().orElseThrow().met();
                if (met != answer.met().contains(criterion.id())) {
                    disagreements.add(answer.name() + (met ? " (scored met)" : " (scored not met)"));
                }
            }
            double agreement = 1.0 - (double) disagreements.size() / answers.size();
            report.append(String.format("  %-10s %5.1f%%  %s%n", criterion.id(), 100 * agreement, disagreements));
            if (agreement < 0.9) {
                below.add(criterion.id());
            }
        }
        System.out.print(report);
        assertTrue(below.isEmpty(), "below 90% agreement: " + below + "\n" + report);
    }
}
