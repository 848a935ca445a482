package dev.loopback.runner.progress;

/**
 * One drill attempt: the automatic score (of {@code autoMax}; null when not scored) and the learner's own
 * self-assessment (free label such as "solid" or "shaky"; null when skipped), kept separately.
 */
public record DrillAttempt(String at, Integer autoScore, Integer autoMax, String selfAssessment) {}
