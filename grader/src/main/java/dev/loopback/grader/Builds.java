package dev.loopback.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-submission build folders under {@code .course/builds/<exercise>/}: class files, the
 * sandbox's working folder and its results. Only the newest few are kept; the submission history
 * keeps the sources and results for good.
 */
final class Builds {
    static final int KEPT = 10;

    private Builds() {}

    static Path create(Path parent, String stamp) {
        try {
            Files.createDirectories(parent);
            Path dir = Files.createTempDirectory(parent, stamp + "-");
            Files.createDirectories(dir.resolve("classes"));
            prune(parent);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes all but the newest {@link #KEPT} build folders; one still in use by another runner may stay. */
    static void prune(Path parent) throws IOException {
        List<Path> builds;
        try (Stream<Path> dirs = Files.list(parent)) {
            builds = dirs.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path old : builds.subList(Math.min(KEPT, builds.size()), builds.size())) {
            delete(old);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Left for the next prune; a stale build folder does no harm.
        }
    }
}
