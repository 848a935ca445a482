package dev.loopback.grader.exercise;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.loopback.grader.policy.Policy;
import java.util.List;

/**
 * An exercise's {@code exercise.json}: what it is, where its code lives, its sandbox limits, and
 * what its graded code may do beyond the default policy ({@code allow}: category ids such as {@code "sockets"}).
 */
public record ExerciseSpec(String id, String title, String lesson, @JsonProperty("package") String packageName,
        String summary, int baseline, Limits limits, @JsonProperty("try") List<String> tryExpressions,
        List<String> allow) {

    public ExerciseSpec {
        limits = limits == null ? Limits.DEFAULT : limits;
        tryExpressions = tryExpressions == null ? List.of() : List.copyOf(tryExpressions);
        allow = allow == null ? List.of() : List.copyOf(allow);
    }

    /** What graded code of this exercise may do; throws {@link IllegalArgumentException} for an unknown category. */
    public Policy policy() {
        return Policy.of(packageName, allow);
    }
}
