package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.grader.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WithoutBubblewrapTest {
    @TempDir
    Path state;

    @Test
    void gradesAnywayAndSaysSoOnce() throws IOException, InterruptedException {
        ProcessBuilder runner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WithoutBubblewrap.class.getName(), state.toString())
                .redirectErrorStream(true);
        runner.environment().put("PATH", state.resolve("no-tools").toString());

        Process process = runner.start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        process.waitFor();

        assertEquals(List.of("notice: " + Sandbox.NO_BWRAP, "score: 100", "score: 100"),
                lines);
    }
}
