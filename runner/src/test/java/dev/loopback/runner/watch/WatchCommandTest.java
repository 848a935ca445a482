package dev.loopback.runner.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.shell.PlainLineSource;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.CourseFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
    /** Longer than the 300 ms default, so a busy shared machine cannot split the test's burst of saves in two. */
    static final Duration BURST_QUIET = Duration.ofSeconds(1);
    static final String PASSING = CourseFixture.WORKING.replace("private PoolSizer() {}", "private PoolSizer() {} // done");

    @TempDir Path root;
    final BlockingQueue<GradeReport> regrades = new LinkedBlockingQueue<>();

    /** Passes once the learner's file holds the finished code; every call is one regrade. */
    private GradeReport grade(Path source) {
        try {
            boolean passed = Files.readString(source).contains("// done");
            GradeReport.Criterion headroom = new GradeReport.Criterion("headroom", "Headroom", 60, passed ? 60 : 0,
                    passed, "poolMax(2000, 50 ms) returned 100; expected 125", "Lesson 05 - Pool sizing via Little's Law",
                    List.of("Add 25% on top of Little's Law."), "hint pool-sizer shows hint 2 of 3.");
            GradeReport report = new GradeReport(true, passed ? 100 : 40, 100, passed, List.of(headroom), List.of());
            regrades.add(report);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GradeReport nextRegrade() throws InterruptedException {
        GradeReport report = regrades.poll(30, TimeUnit.SECONDS);
        assertNotNull(report, "no regrade within 30 s");
        return report;
    }

    /** A real pipe as standard input: it stays open until the test closes its writing end. */
    private final Pipe stdin = openPipe();

    private static Pipe openPipe() {
        try {
            return Pipe.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void closePipe() throws IOException {
        stdin.sink().close();
        stdin.source().close();
    }

    private CapturedConsole pipedStdin() {
        return CapturedConsole.piped(new PlainLineSource(Channels.newInputStream(stdin.source())));
    }

    @Test
    void theEndOfPipedInputStopsWatching() throws Exception {
        Workspace workspace = CourseFixture.create(root, CourseFixture.STUB);
        Path source = CourseFixture.learnerSource(workspace);
        CapturedConsole console = pipedStdin();
        WatchCommand watch = new WatchCommand(session -> exercise -> grade(source), BURST_QUIET);
        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(
                () -> watch.run(List.of("pool-sizer"), console.session(workspace)));

        assertEquals(40, nextRegrade().score());
        stdin.sink().close();

        assertEquals(ExitCode.FAILED, watching.get(30, TimeUnit.SECONDS));
        assertTrue(console.err().contains("Stopped watching pool-sizer at 40 / 100"), console.err());
        assertTrue(regrades.isEmpty(), "regraded after the input ended: " + regrades);
    }

    @Test
    void aBurstOfSavesRegradesOnceAndWatchingEndsWhenItPasses() throws Exception {
        Workspace workspace = CourseFixture.create(root, CourseFixture.STUB);
        Path source = CourseFixture.learnerSource(workspace);
        CapturedConsole console = pipedStdin();
        WatchCommand watch = new WatchCommand(session -> exercise -> grade(source), BURST_QUIET);
        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(
                () -> watch.run(List.of("pool-sizer"), console.session(workspace)));

        assertEquals(40, nextRegrade().score(), "the first grade happens as watching starts");
        for (int save = 0; save < 5; save++) {
            CourseFixture.write(source, CourseFixture.WORKING + "// save " + save + "\n");
        }
        CourseFixture.write(source.resolveSibling("Headroom.java"), "package poolsizer; class Headroom {}");
        assertEquals(40, nextRegrade().score());
        CourseFixture.write(source, PASSING);

        assertEquals(ExitCode.OK, watching.get(30, TimeUnit.SECONDS));
        assertEquals(100, regrades.poll().score());
        assertTrue(regrades.isEmpty(), "more regrades than bursts: " + regrades);
        assertTrue(console.out().contains("Pool sizer: 40 / 100, not passing yet"), console.out());
        assertTrue(console.out().contains("see Lesson 05 - Pool sizing via Little's Law"), console.out());
        assertTrue(console.out().contains("hint 1: Add 25% on top of Little's Law."), console.out());
        assertTrue(console.out().contains("hint pool-sizer shows hint 2 of 3."), console.out());
        assertTrue(console.out().contains("Pool sizer: 100 / 100, passing"), console.out());
        assertTrue(console.err().contains("Well done: Pool sizer passes"), console.err());
        assertTrue(console.err().contains("'solution pool-sizer'"), console.err());
    }

    @Test
    void anUnknownExerciseIsAUsageError() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.STUB);
        CapturedConsole console = CapturedConsole.piped("");
        WatchCommand watch = new WatchCommand(session -> exercise -> grade(root), BURST_QUIET);
        assertEquals(ExitCode.USAGE, watch.run(List.of("nope"), console.session(workspace)));
        assertTrue(regrades.isEmpty());
    }
}
