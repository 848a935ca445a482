package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.fixture.Poll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sandboxes started ahead of time: a prepared exercise's next submit runs in the waiting JVM, each
 * JVM runs one submission only, grading prepares the next one, and turning spares off ends them.
 */
class SparesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path state;

    @AfterEach
    void sparesOff() {
        endSpares();
    }

    /**
     * Turns spares off and waits until the spare that grading started in the background is gone (its thread may still
     * be writing its build folder into the learner state a test's temp folder holds) and no sandbox JVM waits.
     */
    static void endSpares() {
        Grader.keepSparesWarm(false);
        assertTrue(Poll.until(PATIENCE, () -> waitingSandboxes().isEmpty() && Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("loopback-sandbox-spare") && thread.isAlive())),
                "the spares ended");
    }

    private Path builds() {
        return state.resolve("builds/sample");
    }

    private Set<Path> buildDirs() throws IOException {
        try (Stream<Path> dirs = Files.list(builds())) {
            return dirs.collect(Collectors.toSet());
        }
    }

    private int dirCount() {
        try {
            return buildDirs().size();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The sandbox JVMs (not the prlimit and bwrap processes around them, whose command lines name the agent too). */
    static List<ProcessHandle> waitingSandboxes() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("/java"))
                .filter(p -> p.info().commandLine().orElse("").contains("dev.loopback.sandbox.Agent"))
                .filter(p -> !p.info().commandLine().orElse("").contains("--prime"))
                .toList();
    }

    @Test
    void aPreparedSandboxRunsTheNextSubmitOnceAndTheNextOneIsPrepared() throws Exception {
        Grader.keepSparesWarm(true);
        Grader grader = new Grader(SampleCourse.workspace(state));
        grader.prepare("sample");
        Set<Path> prepared = buildDirs();
        assertEquals(1, prepared.size(), prepared.toString());
        Path spare = prepared.iterator().next();
        assertTrue(Poll.until(PATIENCE, () -> waitingSandboxes().size() == 1), "one sandbox JVM waits for the submit");

        GradeResult first = grader.grade("sample", SampleCourse.solution(), GradeOptions.DEFAULT, ProgressListener.NONE);

        assertEquals(100, first.score());
        assertTrue(Files.size(spare.resolve("results.jsonl")) > 0, "the submit ran in the prepared sandbox");
        assertTrue(Poll.until(PATIENCE, () -> dirCount() == 2 && waitingSandboxes().size() == 1),
                () -> "the next spare: " + dirCount() + " build folders, sandbox JVMs " + waitingSandboxes());
        Path next = buildDirs().stream().filter(dir -> !dir.equals(spare)).findFirst().orElseThrow();

        GradeResult second = grader.grade("sample", SampleCourse.stub(), GradeOptions.DEFAULT, ProgressListener.NONE);

        assertEquals(0, second.score());
        assertTrue(Files.size(next.resolve("results.jsonl")) > 0, "the second submit ran in a second, fresh JVM");
        assertNotEquals(spare, next);
    }

    @Test
    void turningSparesOffEndsTheWaitingSandbox() throws Exception {
        Grader.keepSparesWarm(true);
        new Grader(SampleCourse.workspace(state)).prepare("sample");
        assertTrue(Poll.until(PATIENCE, () -> waitingSandboxes().size() == 1), "one sandbox JVM waits");

        Grader.keepSparesWarm(false);

        assertTrue(Poll.until(PATIENCE, () -> waitingSandboxes().isEmpty()), "the spare sandbox ended");
    }

    @Test
    void withoutSparesNothingIsStartedAhead() throws Exception {
        new Grader(SampleCourse.workspace(state)).prepare("sample");

        assertTrue(!Files.exists(builds()) || buildDirs().isEmpty(), "no build folder, so no sandbox, was prepared");
    }
}
