package dev.loopback.grader.drill;

import java.util.List;

/** The automatic verdict on one drill answer. */
public sealed interface Assessment {

    String drillId();

    int score();

    int maxScore();

    /** One result per rubric criterion, in rubric order. */
    List<CriterionResult> criteria();

    /** The misconceptions the answer states, in drill order. */
    default List<MisconceptionResult> misconceptions() {
        return List.of();
    }

    /** The answer was read against every criterion and misconception. */
    record Scored(String drillId, int score, int maxScore, List<CriterionResult> criteria,
            List<MisconceptionResult> misconceptions) implements Assessment {
        public Scored {
            criteria = List.copyOf(criteria);
            misconceptions = List.copyOf(misconceptions);
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

    /**
     * The answer is longer than the drill reads ({@link DrillScorer#MAX_WORDS} words); it scores 0 and {@code notice}
     * says how long it is and what to write instead.
     */
    record TooLong(String drillId, int maxScore, List<CriterionResult> criteria, String notice) implements Assessment {
        public TooLong {
            criteria = List.copyOf(criteria);
        }

        @Override
        public int score() {
            return 0;
        }
    }

    /**
     * The text is not an answer to score: it talks about the answer or the grader, or it only lists terms
     * without saying anything about them. It scores 0 and {@code notice} tells the learner why.
     */
    record NotAnswer(String drillId, int maxScore, List<CriterionResult> criteria, String notice) implements Assessment {
        public NotAnswer {
            criteria = List.copyOf(criteria);
        }

        @Override
        public int score() {
            return 0;
        }
    }
}
