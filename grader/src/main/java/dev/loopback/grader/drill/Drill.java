package dev.loopback.grader.drill;

import java.util.List;

/**
 * A free-text drill: the prompt the learner answers, the model answer shown afterwards, the rubric it is
 * scored by, and the misconceptions it names and corrects.
 */
public record Drill(String id, String title, String prompt, String modelAnswer, List<Criterion> criteria,
        List<Misconception> misconceptions) {

    public Drill {
        criteria = List.copyOf(criteria);
        misconceptions = List.copyOf(misconceptions);
    }

    /** Every point the rubric can award, bonus criteria included. */
    public int maxScore() {
        return criteria.stream().mapToInt(Criterion::points).sum();
    }
}
