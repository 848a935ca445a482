package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Poll;
import dev.loopback.grader.compile.Compilation;
import dev.loopback.grader.compile.HiddenTests;
import dev.loopback.grader.compile.SourceCompiler;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.sandbox.RunInput;
import dev.loopback.grader.sandbox.Sandbox;
import dev.loopback.grader.sandbox.SandboxClassPath;
import dev.loopback.grader.sandbox.SandboxRequest;
import dev.loopback.grader.sandbox.SandboxRun;
import dev.loopback.grader.sandbox.SandboxRunner;
import dev.loopback.sandbox.Agent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox started ahead rehearses the exercise's hidden tests against its pristine stub before the go line: in
 * real sandbox JVMs, the rehearsal sees its own seed and the run that follows the run's seed; a rehearsal that
 * leaves a thread behind ends its JVM before the go line; a go line that arrives while a rehearsal test waits
 * ends the spare, and the submission is graded in a fresh sandbox with the same result.
 */
class RehearsalTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Writes a file into the sandbox's temp folder (its work folder) naming the seed it sees, then checks it. */
    private static final String PROBE = """
            package sample;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import dev.loopback.fixture.Seeded;
            import java.nio.file.*;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;
            @Tag("in-flight")
            class ProbeTest {
                @Test
                void seesTheRunsSeed() throws Exception {
                    Files.writeString(Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "probe-", ".seed"),
                            Long.toString(Seeded.seed()));
                    assertEquals(Long.getLong("loopback.seed", -1L), Seeded.seed(), "the tests see the run's seed");
                    assertEquals(100, Sizing.inFlight(2000, 50));
                }
            }
            """;

    /** Against the stub only, starts a thread that never ends. */
    private static final String LEFTOVER = """
            package sample;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import java.util.concurrent.locks.LockSupport;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;
            @Tag("in-flight")
            class LeftoverTest {
                @Test
                void startsAThreadOnlyAgainstTheStub() {
                    try {
                        assertEquals(100, Sizing.inFlight(2000, 50));
                    } catch (UnsupportedOperationException stub) {
                        Thread stuck = new Thread(() -> { while (true) { LockSupport.park(); } }, "left-behind");
                        stuck.start();
                    }
                }
            }
            """;

    /** Against the stub only, says so in a file and then waits 5 s (a stub that never answers). */
    private static final String WAITS = """
            package sample;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import java.nio.file.*;
            import java.util.concurrent.TimeUnit;
            import java.util.concurrent.locks.LockSupport;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;
            @Tag("in-flight")
            class WaitsTest {
                @Test
                void waitsOnlyAgainstTheStub() throws Exception {
                    try {
                        assertEquals(100, Sizing.inFlight(2000, 50));
                    } catch (UnsupportedOperationException stub) {
                        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "waiting"), "");
                        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                        while (System.nanoTime() < end) {
                            LockSupport.parkNanos(end - System.nanoTime());
                        }
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @AfterEach
    void sparesOff() {
        SparesTest.endSpares();
    }

    /** The sample course with one more hidden test, {@code name} holding {@code source}. */
    private Path course(String name, String source) throws IOException {
        Path home = dir.resolve("course");
        try (Stream<Path> files = Files.walk(SampleCourse.HOME)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = home.resolve(SampleCourse.HOME.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Files.writeString(home.resolve("grader/exercises/sample/tests/sample/" + name + ".java"), source);
        return home;
    }

    private SandboxRunner.Started rehearsingSandbox(Path home, Path classes) {
        Workspace workspace = Workspace.at(home).withState(dir.resolve("state"));
        Exercise exercise = new Grader(workspace).exercises().load("sample");
        Path cache = dir.resolve("state/cache");
        List<Path> classPath = new ArrayList<>(SandboxClassPath.junit());
        classPath.add(0, SandboxClassPath.support());
        HiddenTests.Build tests = HiddenTests.of(exercise, classPath, cache);
        SandboxRequest request = new SandboxRequest(dir.resolve("run"), exercise.spec().limits(), cache, List.of(classes, cache))
                .rehearsing(Optional.of(new SandboxRequest.Rehearsal(tests.tests(), tests.stub())));
        return Sandbox.start(request);
    }

    private RunInput input(Path classes, Path tests, List<String> verified) {
        return new RunInput(classes, tests, 42L, Set.of(), verified::add, notice -> { });
    }

    private Path compiledSolution() {
        Path classes = dir.resolve("run/classes");
        assertInstanceOf(Compilation.Compiled.class, SourceCompiler.compile(SampleCourse.solution(), List.of(), classes));
        return classes;
    }

    private List<Path> filesUnder(Path root, String prefix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException | UncheckedIOException stillBeingWritten) {
            return List.of();
        }
    }

    /** The seed the first probe file written in full names, or "" while there is none. */
    private String probes(Path work) {
        return filesUnder(work, "probe-").stream().map(RehearsalTest::read).filter(seed -> !seed.isEmpty())
                .findFirst().orElse("");
    }

    private Path cachedTests() throws IOException {
        try (Stream<Path> builds = Files.list(dir.resolve("state/cache/sample"))) {
            return builds.filter(Files::isDirectory).findFirst().orElseThrow().resolve("tests");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRehearsalHasItsOwnSeedAndTheRunThatFollowsGetsTheRunsSeed() throws Exception {
        Path home = course("ProbeTest", PROBE);
        Path classes = compiledSolution();
        SandboxRunner.Started sandbox = rehearsingSandbox(home, classes);
        Path work = dir.resolve("run/work");
        List<String> verified = new CopyOnWriteArrayList<>();
        SandboxRun run;
        try {
            assertEquals("5", Poll.value(PATIENCE, () -> probes(work), seed -> !seed.isEmpty()),
                    "the rehearsal ran the probe, and its Seeded read no run seed (its default, 5)");
            run = sandbox.run(input(classes, cachedTests(), verified));
        } finally {
            sandbox.cancel();
        }

        assertInstanceOf(SandboxRun.Completed.class, run, run::toString);
        List<String> ends = verified.stream().filter(line -> line.startsWith("{\"e\":\"end\"")).toList();
        assertEquals(5, ends.size(), verified.toString());
        assertTrue(ends.stream().allMatch(line -> line.contains("\"status\":\"SUCCESSFUL\"")), ends.toString());
        assertTrue(filesUnder(work, "probe-").stream().map(RehearsalTest::read).anyMatch("42"::equals),
                "the real run's tests saw the run's seed");
    }

    @Test
    void aRehearsalThatLeavesAThreadBehindEndsItsJvmBeforeTheGoLine() throws Exception {
        Path home = course("LeftoverTest", LEFTOVER);
        Path classes = compiledSolution();
        SandboxRunner.Started sandbox = rehearsingSandbox(home, classes);
        List<String> verified = new CopyOnWriteArrayList<>();
        SandboxRun run;
        try {
            assertTrue(Poll.until(PATIENCE, () -> !sandbox.ready()), "the spoiled sandbox ended by itself");
            run = sandbox.run(input(classes, cachedTests(), verified));
        } finally {
            sandbox.cancel();
        }

        SandboxRun.Crashed crashed = assertInstanceOf(SandboxRun.Crashed.class, run, run::toString);
        assertEquals(Agent.REHEARSAL_SPOILED, crashed.exitStatus());
        assertTrue(verified.isEmpty(), "nothing of a submission ran: " + verified);
    }

    @Test
    void aSubmitThatArrivesWhileARehearsalTestWaitsIsGradedInAFreshSandbox() throws Exception {
        Path home = course("WaitsTest", WAITS);
        Path state = dir.resolve("state");
        Grader.keepSparesWarm(true);
        Grader grader = new Grader(Workspace.at(home).withState(state));
        grader.prepare("sample"); // compiles the hidden tests (after starting a spare that does not rehearse)
        grader.prepare("sample"); // this spare rehearses
        assertTrue(Poll.until(PATIENCE, () -> !filesUnder(state.resolve("builds"), "waiting").isEmpty()),
                "the spare's rehearsal reached the waiting test");

        GradeResult result = grader.grade("sample", SampleCourse.solution(), GradeOptions.DEFAULT, ProgressListener.NONE);

        assertEquals(100, result.score(), result.toString());
        List<Path> fresh = filesUnder(state.resolve("builds"), "fresh");
        assertEquals(1, fresh.size(), "graded in a fresh sandbox: " + fresh);
        assertTrue(Files.size(fresh.get(0).resolve("results.jsonl")) > 0, "the fresh sandbox ran the tests");
    }
}
