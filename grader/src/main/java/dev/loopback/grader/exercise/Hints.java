package dev.loopback.grader.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hint levels of an exercise: the sections {@code ## Hint 1}, {@code ## Hint 2}, ... of its {@code hints.md}. */
public final class Hints {
    private Hints() {}

    /** The text of each level in order; empty when the file is missing. */
    public static List<String> levels(Path hintsFile) {
        if (!Files.isRegularFile(hintsFile)) {
            return List.of();
        }
        try {
            return parse(Files.readAllLines(hintsFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(List<String> lines) {
        List<String> levels = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (line.matches("##\\s+Hint\\s+\\d+.*")) {
                if (current != null) {
                    levels.add(current.toString().strip());
                }
                current = new StringBuilder();
            } else if (line.startsWith("## ") || line.startsWith("# ")) {
                if (current != null) {
                    levels.add(current.toString().strip());
                }
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            levels.add(current.toString().strip());
        }
        return levels;
    }
}
