package dev.loopback.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's shell scripts (.ci/, bench/, grader/container/) pass .ci/lint-scripts, which finds readers that
 * close a pipe early ({@code | head -1}) in scripts under pipefail: {@code build-image.sh} died of that (exit 141)
 * on machines without the image. The lint itself is checked on sample scripts, good and bad.
 */
class ScriptLintTest {
    @TempDir
    Path dir;

    private record Lint(int status, String output) {}

    private static Lint lint(Path... files) throws IOException, InterruptedException {
        Path home = Fixtures.courseHome();
        List<String> command = new ArrayList<>(List.of("bash", home.resolve(".ci/lint-scripts").toString()));
        for (Path file : files) {
            command.add(file.toAbsolutePath().toString());
        }
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "lint-scripts did not finish within 60 s");
        return new Lint(process.exitValue(), output);
    }

    private Path script(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void theRepositorysScriptsHaveNoEarlyClosingReaderUnderPipefail() throws Exception {
        Lint result = lint();
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("no early-closing reader"), result.output());
    }

    @Test
    void headGrepQuietSedQuitAndAwkExitAreFlaggedWithTheirLineUnderPipefail() throws Exception {
        Path bad = script("bad.sh",
                "#!/usr/bin/env bash",
                "set -euo pipefail",
                "docker run --rm image java -version 2>&1 | head -1",
                "# a comment | head -1 is not code",
                "ps aux | grep -q dockerd && echo up",
                "mvn -v \\",
                "  | sed 1q",
                "seq 100 | awk '{ print; exit }'",
                "value=$(false || true)");
        Lint result = lint(bad);
        assertEquals(1, result.status(), result.output());
        assertTrue(result.output().contains("bad.sh:3: \"| head\""), result.output());
        assertTrue(result.output().contains("bad.sh:5: \"| grep -q\""), result.output());
        assertTrue(result.output().contains("bad.sh:6: \"| sed\" with a q command"), result.output());
        assertTrue(result.output().contains("bad.sh:8: \"| awk\" that exits before END"), result.output());
        assertEquals(4, result.output().lines().count(), result.output());
    }

    @Test
    void readersThatReadEverythingAndScriptsWithoutPipefailPass() throws Exception {
        Path good = script("good.sh",
                "#!/usr/bin/env bash",
                "set -euo pipefail",
                "java -version 2>&1 | sed -n 1p",
                "sort -n | awk '{ v[NR] = $1 } END { exit NR == 0 }'",
                "grep -q ready \"$log\" || echo waiting",
                "cat <<EOF",
                "text | head -1 inside a here-document",
                "EOF");
        Path plain = script("plain.sh", "#!/bin/sh", "docker images | head -1");
        Lint result = lint(good, plain);
        assertEquals(0, result.status(), result.output());
    }
}
