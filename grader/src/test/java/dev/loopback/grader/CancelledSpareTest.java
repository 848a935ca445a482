package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Poll;
import dev.loopback.grader.sandbox.SandboxClassPath;
import dev.loopback.sandbox.Agent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of stdin ends a sandbox started ahead at once, whatever it is doing: the runner cancels a spare it no
 * longer needs by closing stdin (and killing it, which can miss a JVM that bwrap was still setting up). Here the
 * agent runs as a plain JVM, so only stdin can end it, in the middle of a rehearsal test that waits forever.
 */
class CancelledSpareTest {

    @Test
    void theEndOfStdinEndsASpareAtOnceEvenInTheMiddleOfARehearsalTest(@TempDir Path dir) throws Exception {
        Path stub = compile(dir.resolve("stub"), List.of(), "sample/Sizing.java", """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) { throw new UnsupportedOperationException(); }
                }
                """);
        List<Path> testPath = new ArrayList<>(SandboxClassPath.junit());
        testPath.add(SandboxClassPath.support());
        testPath.add(stub);
        Path tests = compile(dir.resolve("tests"), testPath, "sample/WaitTest.java", """
                package sample;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.concurrent.CountDownLatch;
                import org.junit.jupiter.api.Test;
                class WaitTest {
                    @Test
                    void waitsForever() throws Exception {
                        Files.writeString(Path.of(System.getProperty("rehearsal.marker")), "waiting");
                        new CountDownLatch(1).await();
                    }
                }
                """);
        Path marker = dir.resolve("in-rehearsal");
        List<Path> agentPath = new ArrayList<>(SandboxClassPath.junit());
        agentPath.add(SandboxClassPath.support());
        Process agent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", agentPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "-Drehearsal.marker=" + marker, Agent.class.getName(), dir.resolve("results.jsonl").toString(), "60", "64",
                tests.toString(), stub.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            assertTrue(Poll.until(Duration.ofSeconds(60), () -> Files.exists(marker)),
                    "the spare reached its rehearsal test: " + Files.readString(dir.resolve("err.txt")));

            agent.getOutputStream().close();

            assertTrue(agent.waitFor(15, TimeUnit.SECONDS), "the spare ended when its stdin ended, not after the"
                    + " rehearsal test's 60 s limit");
            assertEquals(Agent.FINISHED, agent.exitValue());
            Path results = dir.resolve("results.jsonl");
            assertTrue(!Files.exists(results) || Files.size(results) == 0, "a cancelled spare writes no result");
        } finally {
            agent.destroyForcibly();
        }
    }

    private static Path compile(Path out, List<Path> classPath, String name, String source) throws Exception {
        Path src = out.resolveSibling(out.getFileName() + "-src").resolve(name);
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", out.toString()));
        if (!classPath.isEmpty()) {
            args.addAll(List.of("-cp", classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        }
        args.add(src.toString());
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "compiles " + name);
        return out;
    }
}
