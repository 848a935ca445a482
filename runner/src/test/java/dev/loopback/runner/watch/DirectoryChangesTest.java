package dev.loopback.runner.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.workbench.CourseFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryChangesTest {
    /** Longer than the 300 ms default, so a busy shared machine cannot split a burst in two. */
    static final Duration QUIET = Duration.ofSeconds(1);

    @TempDir Path src;

    @Test
    void aBurstOfSavesAcrossFilesAndANewFolderSettlesIntoOneChange() throws Exception {
        Path existing = src.resolve("main/java/poolsizer/PoolSizer.java");
        CourseFixture.write(existing, "class PoolSizer {}");
        try (DirectoryChanges changes = DirectoryChanges.open(src, QUIET)) {
            for (int save = 0; save < 5; save++) {
                CourseFixture.write(existing, "class PoolSizer { int save = " + save + "; }");
            }
            Path helper = src.resolve("main/java/poolsizer/Helper.java");
            CourseFixture.write(helper, "class Helper {}");
            Path nested = src.resolve("main/java/poolsizer/limits/FdCeiling.java");
            CourseFixture.write(nested, "class FdCeiling {}");

            assertEquals(Optional.of(Set.of(existing, helper, nested)), changes.await());

            Path marker = src.resolve("main/java/poolsizer/Marker.java");
            CourseFixture.write(marker, "class Marker {}");
            assertEquals(Optional.of(Set.of(marker)), changes.await(), "the first burst left events behind");
        }
    }

    @Test
    void editorScratchFilesAloneAreNotAChange() throws Exception {
        try (DirectoryChanges changes = DirectoryChanges.open(src, QUIET)) {
            CourseFixture.write(src.resolve(".PoolSizer.java.swp"), "vim swap");
            CourseFixture.write(src.resolve("4913"), "");
            Path marker = src.resolve("Marker.java");
            CourseFixture.write(marker, "class Marker {}");
            assertEquals(Optional.of(Set.of(marker)), changes.await());
        }
    }

    @Test
    void aDeletedSourceIsAChange() throws Exception {
        Path doomed = src.resolve("Doomed.java");
        CourseFixture.write(doomed, "class Doomed {}");
        try (DirectoryChanges changes = DirectoryChanges.open(src, QUIET)) {
            Files.delete(doomed);
            assertEquals(Optional.of(Set.of(doomed)), changes.await());
        }
    }

    @Test
    void closingFromAnotherThreadEndsAWaitingAwait() throws Exception {
        DirectoryChanges changes = DirectoryChanges.open(src, QUIET);
        CompletableFuture<Optional<Set<Path>>> waiting = CompletableFuture.supplyAsync(changes::await);
        changes.close();
        assertTrue(waiting.get(30, TimeUnit.SECONDS).isEmpty());
    }
}
