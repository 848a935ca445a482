package dev.loopback.runner.instructor;

import java.util.Arrays;
import java.util.Optional;

/** Where grade-all runs the hidden tests: a locked-down container per submission, or the forked-JVM process sandbox. */
public enum SandboxChoice {
    CONTAINER, PROCESS;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SandboxChoice> of(String word) {
        return Arrays.stream(values()).filter(choice -> choice.word().equals(word)).findFirst();
    }
}
