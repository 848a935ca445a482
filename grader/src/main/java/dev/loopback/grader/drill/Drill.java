package dev.loopback.grader.drill;

import java.util.List;

/** A free-text drill: the prompt the learner answers, the model answer shown afterwards, and the rubric it is scored by. */
public record Drill(String id, String title, String prompt, String modelAnswer, List<Criterion> criteria) {

    public Drill {
        criteria = List.copyOf(criteria);
    }

    /** Every point the rubric can award, bonus criteria included. */
    public int maxScore() {
        return criteria.stream().mapToInt(Criterion::points).sum();
    }
}
