package dev.loopback.runner.reset;

import dev.loopback.runner.workbench.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Copies of the learner's sources taken before a reset, under {@code <state>/backups/<exercise>/<timestamp>/}. */
final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;

    Backups(Path state, Clock clock) {
        this.root = state.resolve("backups");
        this.clock = clock;
    }

    /** Copies everything under {@code sources} into a new timestamped folder for {@code exercise}; returns that folder. */
    Path save(String exercise, Path sources) {
        try {
            Path folder = newFolder(root.resolve(exercise), STAMP.format(clock.instant()));
            FileTree.copy(sources, folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot back up " + sources + ": " + e.getMessage(), e);
        }
    }

    private static Path newFolder(Path parent, String stamp) throws IOException {
        Files.createDirectories(parent);
        for (int n = 1; ; n++) {
            try {
                return Files.createDirectory(parent.resolve(n == 1 ? stamp : stamp + "-" + n));
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
        }
    }
}
