package dev.loopback.grader.drill;

import java.util.List;
import java.util.Optional;

/**
 * A free-text drill: the prompt the learner answers, the model answer shown afterwards, the rubric it is
 * scored by, the misconceptions it names and corrects, and whether a calibration ({@link Calibration}) is attached.
 */
public record Drill(String id, String title, String prompt, String modelAnswer, List<Criterion> criteria,
        List<Misconception> misconceptions, Calibration.Status calibration) {

    public Drill {
        criteria = List.copyOf(criteria);
        misconceptions = List.copyOf(misconceptions);
    }

    public Drill(String id, String title, String prompt, String modelAnswer, List<Criterion> criteria,
            List<Misconception> misconceptions) {
        this(id, title, prompt, modelAnswer, criteria, misconceptions, new Calibration.Status.None());
    }

    /** Every point the rubric can award, bonus criteria included. */
    public int maxScore() {
        return criteria.stream().mapToInt(Criterion::points).sum();
    }

    /** The same drill with {@code status} attached. */
    public Drill withCalibration(Calibration.Status status) {
        return new Drill(id, title, prompt, modelAnswer, criteria, misconceptions, status);
    }

    /** The calibration scoring uses, when one is attached and usable. */
    public Optional<Calibration> calibrated() {
        return calibration instanceof Calibration.Status.Ready ready ? Optional.of(ready.calibration()) : Optional.empty();
    }

    /** Why an attached calibration file is not used (the drill scores with its rules), when it is broken. */
    public Optional<String> calibrationProblem() {
        return calibration instanceof Calibration.Status.Broken broken ? Optional.of(broken.problem()) : Optional.empty();
    }
}
