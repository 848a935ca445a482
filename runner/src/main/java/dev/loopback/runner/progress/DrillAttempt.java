package dev.loopback.runner.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drill attempt: the automatic score (of {@code autoMax}; null when not scored) and the learner's own
 * self-assessment (free label such as "solid" or "shaky"; null when skipped), kept separately. When scored
 * against a rubric it also keeps the answer, the automatic verdict and evidence per criterion, and the
 * learner's own verdict per criterion ({@code selfCriteria}); these are empty in older files.
 */
public record DrillAttempt(String at, Integer autoScore, Integer autoMax, String selfAssessment, String answer,
        Map<String, Boolean> criteria, Map<String, List<String>> evidence, Map<String, Boolean> selfCriteria) {

    public DrillAttempt {
        criteria = ordered(criteria);
        evidence = ordered(evidence);
        selfCriteria = ordered(selfCriteria);
    }

    /** An attempt with only the overall scores. */
    public DrillAttempt(String at, Integer autoScore, Integer autoMax, String selfAssessment) {
        this(at, autoScore, autoMax, selfAssessment, null, Map.of(), Map.of(), Map.of());
    }

    /** The same attempt with the learner's own verdict added; the automatic result stays as it was. */
    DrillAttempt selfAssessed(String label, Map<String, Boolean> verdicts) {
        return new DrillAttempt(at, autoScore, autoMax, label, answer, criteria, evidence, verdicts);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map));
    }
}
