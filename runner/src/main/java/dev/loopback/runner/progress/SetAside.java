package dev.loopback.runner.progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moves a file to {@code <name>.corrupt-<timestamp>} next to it, never over an existing file. */
final class SetAside {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Path file;
    private final Clock clock;

    SetAside(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Where the file now is, or null if it could not be moved (the reason goes to {@code notices}). */
    Path move(PrintWriter notices) {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path target = file.resolveSibling(base);
        for (int n = 1; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n);
        }
        try {
            return Files.move(file, target);
        } catch (IOException e) {
            notices.println("Moving " + file + " aside failed: " + e.getMessage());
            return null;
        }
    }
}
