package dev.loopback.runner.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Every attempt at one drill, oldest first. */
public record DrillRecord(List<DrillAttempt> attempts) {
    public DrillRecord {
        attempts = List.copyOf(attempts == null ? List.of() : attempts);
    }

    DrillRecord plus(DrillAttempt attempt) {
        List<DrillAttempt> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new DrillRecord(more);
    }

    /** The record with attempt {@code number} (1 for the first) changed; unknown numbers change nothing. */
    DrillRecord changing(int number, UnaryOperator<DrillAttempt> change) {
        if (number < 1 || number > attempts.size()) {
            return this;
        }
        List<DrillAttempt> changed = new ArrayList<>(attempts);
        changed.set(number - 1, change.apply(changed.get(number - 1)));
        return new DrillRecord(changed);
    }
}
