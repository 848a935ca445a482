package dev.loopback.runner.progress;

import java.util.ArrayList;
import java.util.List;

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
}
