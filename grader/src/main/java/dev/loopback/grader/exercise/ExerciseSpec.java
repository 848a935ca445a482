package dev.loopback.grader.exercise;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An exercise's {@code exercise.json}: what it is, where its code lives, and its sandbox limits. */
public record ExerciseSpec(String id, String title, String lesson, @JsonProperty("package") String packageName,
        String summary, int baseline, Limits limits, @JsonProperty("try") List<String> tryExpressions) {

    public ExerciseSpec {
        limits = limits == null ? Limits.DEFAULT : limits;
        tryExpressions = tryExpressions == null ? List.of() : List.copyOf(tryExpressions);
    }
}
