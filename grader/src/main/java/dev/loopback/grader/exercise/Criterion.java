package dev.loopback.grader.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One rubric line: the tests tagged with {@code id} earn {@code points} together. {@code hints} are its hint levels,
 * most specific last (a nudge, a concrete pointer, the recipe); the learner unlocks them one at a time.
 */
public record Criterion(String id, String title, int points, String checks, List<String> hints, String section,
        boolean proportional) {

    public Criterion {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    /** A criterion with a single hint level, as rubrics wrote it before hints had levels. */
    public Criterion(String id, String title, int points, String checks, String hint, String section, boolean proportional) {
        this(id, title, points, checks, hint == null ? List.of() : List.of(hint), section, proportional);
    }

    /** Reads {@code "hints": [...]}, or an old rubric's single {@code "hint"} as a one-level list. */
    @JsonCreator
    static Criterion fromJson(@JsonProperty("id") String id, @JsonProperty("title") String title,
            @JsonProperty("points") int points, @JsonProperty("checks") String checks, @JsonProperty("hint") String hint,
            @JsonProperty("hints") List<String> hints, @JsonProperty("section") String section,
            @JsonProperty("proportional") boolean proportional) {
        List<String> levels = hints != null ? hints.stream().map(h -> h == null ? "" : h).toList()
                : hint == null ? List.of() : List.of(hint);
        return new Criterion(id, title, points, checks, levels, section, proportional);
    }

    /** The most specific hint level (the recipe), or null when the criterion has none. */
    public String hint() {
        return hints.isEmpty() ? null : hints.get(hints.size() - 1);
    }
}
