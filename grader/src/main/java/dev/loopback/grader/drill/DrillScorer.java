package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scores a free-text answer against a drill's rubric by concept matching: offline, instant and explainable. */
public final class DrillScorer {

    /** Answers with fewer words than this are not judged. */
    public static final int MIN_WORDS = 3;

    static final String NUDGE = "That is too short to score. Write two or three sentences: what happens on"
            + " the first call that later calls skip, and what you would change so users never pay for it.";

    private DrillScorer() {}

    public static Assessment score(Drill drill, String answer) {
        AnswerText text = AnswerText.of(answer);
        if (text.tokens().size() < MIN_WORDS) {
            List<CriterionResult> unmet = drill.criteria().stream()
                    .map(c -> new CriterionResult(c.id(), false, List.of())).toList();
            return new Assessment.TooShort(drill.id(), drill.maxScore(), unmet, NUDGE);
        }
        List<CriterionResult> results = new ArrayList<>();
        int score = 0;
        for (Criterion criterion : drill.criteria()) {
            CriterionResult result = judge(criterion, text);
            results.add(result);
            score += result.met() ? criterion.points() : 0;
        }
        return new Assessment.Scored(drill.id(), score, drill.maxScore(), results);
    }

    static CriterionResult judge(Criterion criterion, AnswerText text) {
        Negation negation = new Negation(criterion.negations());
        List<Matcher.Hit> hits = new ArrayList<>();
        for (Matcher matcher : criterion.matchers()) {
            hits.addAll(matcher.find(text, negation));
        }
        List<String> evidence = merged(hits, text).stream()
                .map(h -> text.quote(h.first(), h.last())).distinct().toList();
        return new CriterionResult(criterion.id(), !hits.isEmpty(), evidence);
    }

    /** Overlapping or adjacent hits in one sentence become one quote ("TLS" + "handshake" = "TLS handshake"). */
    private static List<Matcher.Hit> merged(List<Matcher.Hit> hits, AnswerText text) {
        List<Matcher.Hit> sorted = hits.stream()
                .sorted(Comparator.comparingInt(Matcher.Hit::first).thenComparingInt(Matcher.Hit::last)).toList();
        List<Matcher.Hit> merged = new ArrayList<>();
        for (Matcher.Hit hit : sorted) {
            Matcher.Hit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && hit.first() <= last.last() + 1 && sameSentence(text, last, hit)) {
                merged.set(merged.size() - 1, new Matcher.Hit(last.first(), Math.max(last.last(), hit.last())));
            } else {
                merged.add(hit);
            }
        }
        return merged;
    }

    private static boolean sameSentence(AnswerText text, Matcher.Hit a, Matcher.Hit b) {
        return text.tokens().get(a.first()).sentence() == text.tokens().get(b.first()).sentence();
    }
}
