package dev.loopback.grader.drill;

import java.util.List;

/** The automatic verdict on one drill answer. */
public sealed interface Assessment {

    String drillId();

    int score();

    int maxScore();

    /** One result per rubric criterion, in rubric order. */
    List<CriterionResult> criteria();

    /** The answer was read against every criterion. */
    record Scored(String drillId, int score, int maxScore, List<CriterionResult> criteria) implements Assessment {
        public Scored {
            criteria = List.copyOf(criteria);
        }
    }

    /** The answer was empty or too short to judge; it scores 0 and {@code nudge} says what to write. */
    record TooShort(String drillId, int maxScore, List<CriterionResult> criteria, String nudge) implements Assessment {
        public TooShort {
            criteria = List.copyOf(criteria);
        }

        @Override
        public int score() {
            return 0;
        }
    }
}
