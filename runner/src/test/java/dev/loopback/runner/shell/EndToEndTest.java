package dev.loopback.runner.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real runner on the repository's real course, in its own JVM, driven like CI drives it: stdin piped, no terminal. */
class EndToEndTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private Run runner(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dloopback.home=" + Fixtures.courseHome(), "-Dloopback.state=" + dir.resolve("state"),
                "dev.loopback.runner.Main"));
        command.addAll(List.of(args));
        Path in = Files.writeString(dir.resolve("stdin"), stdin);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(in.toFile())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        builder.environment().remove("COLUMNS");
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the runner hung on piped stdin");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void pipedShellShowsTheOutlineRendersLesson05AndQuits() throws Exception {
        Run run = runner("outline\nopen 05\nquit\n");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("Loopback: API Design"), run.err());
        assertTrue(run.out().contains("05  Network sockets  11 min  not read yet"), run.out());
        assertTrue(run.out().contains("\nNetwork sockets\n═══════════════\n"), run.out());
        assertTrue(run.err().contains("Lesson 05 - Network sockets is marked read."), run.err());
        assertTrue(run.err().contains("Bye."), run.err());
        assertTrue(run.out().lines().noneMatch(line -> line.contains("\u001b[")), "no colour when piped");
        assertTrue(Files.readString(dir.resolve("state/progress.json")).contains("\"05\""));
        assertTrue(run.out().contains("The three-way handshake\n───"), "Lesson 05 rendered in full");
        assertTrue(run.out().contains("┌─ Interview angle "), "callouts framed");
        assertTrue(run.out().contains("[run 1] jshell"), "snippets numbered");
    }

    @Test
    void oneShotCommandsExitZeroOrTwo() throws Exception {
        assertEquals(0, runner("", "open", "05").status());
        Run unknown = runner("", "opne", "05");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("Did you mean 'open'?"), unknown.err());
    }
}
