package dev.loopback.runner.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.runner.Fixtures;
import dev.loopback.runner.command.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quick checks and drills are found through the manifest first, by file name otherwise. */
class PracticeFilesTest {
    @TempDir
    Path home;

    @Test
    void theManifestNamesTheFileWhateverItIsCalled() throws Exception {
        Fixtures.sampleCopy(home);
        Path course = home.resolve("course");
        Files.copy(PracticeRun.COURSE.resolve("checks/05-network-sockets.md"), course.resolve("checks/sockets.md"));
        Files.copy(PracticeRun.COURSE.resolve("drills/05-cold-start.md"), course.resolve("drills/cold.md"));
        Files.delete(course.resolve("checks/05-network-sockets.md"));
        Files.delete(course.resolve("drills/05-cold-start.md"));
        Path manifest = course.resolve("course.json");
        Files.writeString(manifest, Files.readString(manifest)
                .replace("checks/05-network-sockets.md", "checks/sockets.md").replace("drills/05-cold-start.md", "drills/cold.md"));
        Files.writeString(home.resolve("a.txt"), "The first call pays the TLS handshake on a new connection.");

        PracticeRun run = PracticeRun.at(home);
        assertEquals(5, run.run(List.of(), "quiz", "05", "--answers", "B,C,D,B,A", "--json").json().get("score").asInt());
        assertEquals(ExitCode.OK, run.run(List.of(), "drill", "05", "--answer-file", "a.txt", "--json").exitCode, run.err.toString());
        assertEquals(2, run.json().get("score").asInt());
    }

    @Test
    void withoutAManifestEntryTheFileNameGivesTheId() {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "quiz", "05", "--answers", "B,C,D,B,A", "--json");
        assertEquals(ExitCode.OK, run.exitCode, run.err.toString());
    }
}
