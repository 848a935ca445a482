package dev.loopback.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.compile.Compilation;
import dev.loopback.grader.compile.HiddenTests;
import dev.loopback.grader.compile.SourceCompiler;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.Exercises;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results channel on its own, with the grading policy out of the way: learner code that runs in
 * the real sandbox JVM and rewrites, replays, truncates or floods the agent's results file gets its
 * run refused as unreadable, never scored. (The policy refuses such code before it runs; this proves
 * the channel holds even if the policy missed something.)
 */
class SealedSandboxTest {
    private static final String HONEST_REST = """
                public static boolean isEphemeral(int port) { return false; }
            }
            """;

    @TempDir
    Path state;

    private final List<String> verified = new CopyOnWriteArrayList<>();

    private SandboxRun run(String staticInitializer) {
        Path src = SampleCourse.sources(state.resolve("src"), Map.of("sample/Sizing.java", """
                package sample;
                import java.io.*;
                import java.nio.charset.StandardCharsets;
                import java.nio.file.*;
                public final class Sizing {
                    static {
                        try {
                            Path results = Path.of(System.getProperty("java.io.tmpdir")).resolveSibling("results.jsonl");
                """ + staticInitializer + """
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    public static int inFlight(int perSecond, int millis) { return 0; }
                """ + HONEST_REST));
        Path classes = state.resolve("run/classes");
        assertInstanceOf(Compilation.Compiled.class, SourceCompiler.compile(src, List.of(), classes));
        Exercise exercise = new Exercises(SampleCourse.HOME.resolve("grader/exercises")).load("sample");
        List<Path> classPath = new ArrayList<>(SandboxClassPath.junit());
        classPath.add(0, SandboxClassPath.support());
        Path cache = state.resolve("cache");
        HiddenTests.Build tests = HiddenTests.of(exercise, classPath, cache);
        SandboxRequest request = new SandboxRequest(state.resolve("run"), exercise.spec().limits(), cache,
                List.of(classes, cache));
        return Sandbox.start(request).run(new RunInput(classes, tests.tests(), 42L, Set.of(), verified::add, notice -> { }));
    }

    @Test
    void forgedLinesMakeTheRunUnreadable() {
        SandboxRun run = run("""
                String pass = "{\\"e\\":\\"end\\",\\"id\\":\\"x\\",\\"parent\\":null,\\"status\\":\\"SUCCESSFUL\\"}";
                Files.writeString(results, pass + "\\n{\\"e\\":\\"done\\"}\\n", StandardOpenOption.APPEND);
                Runtime.getRuntime().halt(0);
                """);

        SandboxRun.Unreadable unreadable = assertInstanceOf(SandboxRun.Unreadable.class, run, run::toString);
        assertTrue(unreadable.reason().contains("not sealed") || unreadable.reason().contains("no valid seal")
                || unreadable.reason().contains("not written by the grader's agent"), unreadable.reason());
        assertTrue(verified.stream().noneMatch(line -> line.contains("SUCCESSFUL")), "a forged pass got through: " + verified);
    }

    @Test
    void aReplayedGenuineLineIsOutOfOrder() {
        SandboxRun run = run("""
                String first = Files.readAllLines(results).get(0);
                Files.writeString(results, first + "\\n", StandardOpenOption.APPEND);
                """);

        SandboxRun.Unreadable unreadable = assertInstanceOf(SandboxRun.Unreadable.class, run, run::toString);
        assertTrue(unreadable.reason().contains("out of order"), unreadable.reason());
    }

    @Test
    void aTruncatedResultsFileIsNoticed() {
        SandboxRun run = run("""
                while (Files.size(results) == 0) { Thread.onSpinWait(); }
                new FileOutputStream(results.toFile()).close();
                """);

        assertInstanceOf(SandboxRun.Unreadable.class, run, run::toString);
    }

    @Test
    void aFloodedResultsFileIsNotReadToTheEnd() {
        SandboxRun run = run("""
                try (RandomAccessFile file = new RandomAccessFile(results.toFile(), "rw")) {
                    file.setLength(1L << 34);
                } catch (IOException tooLarge) {
                    byte[] junk = new byte[1 << 20];
                    java.util.Arrays.fill(junk, (byte) 'x');
                    try (OutputStream out = Files.newOutputStream(results, StandardOpenOption.APPEND)) {
                        for (int i = 0; i < 10; i++) { out.write(junk); }
                    }
                }
                Runtime.getRuntime().halt(0);
                """);

        SandboxRun.Unreadable unreadable = assertInstanceOf(SandboxRun.Unreadable.class, run, run::toString);
        assertTrue(unreadable.reason().contains("bytes") || unreadable.reason().contains("longer than"), unreadable.reason());
    }

    @Test
    void anHonestRunIsVerifiedLineByLine() {
        SandboxRun run = run("// nothing hostile\n");

        assertInstanceOf(SandboxRun.Completed.class, run, run::toString);
        assertTrue(verified.get(0).startsWith("{\"e\":\"plan\""), verified.toString());
        assertEquals("{\"e\":\"done\"}", verified.get(verified.size() - 1));
    }
}
