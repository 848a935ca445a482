package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildsTest {
    @TempDir
    Path parent;

    @Test
    void keepsTheNewestBuildFoldersOnly() throws Exception {
        for (int i = 10; i < 25; i++) {
            Builds.create(parent, "2026-11-25T20-00-" + i + ".000Z");
        }

        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(Builds.KEPT, left.count(), "the newest ten, the new one among them");
        }
        try (Stream<Path> left = Files.list(parent)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("2026-11-25T20-00-13")));
        }
    }
}
