package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.TestOutcome;
import dev.loopback.grader.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile learner code against the stuck-static-initializer path (InitializerWatch, sampled on the thread watchdog's
 * thread; stuck-initializer events; a continuing sandbox that stops tests entering a known stuck initializer), in
 * real sandboxes on the sample exercise (per-test limit 3 s, wall clock 9 s, thread cap 64).
 */
class StuckInitializerAttacksTest {
    @TempDir
    Path state;

    /** Correct answers; {@code prelude} runs in Sizing's static initializer, before any answer is given. */
    private static String sizing(String prelude, String members) {
        return """
                package sample;
                import java.util.concurrent.CountDownLatch;
                public final class Sizing {
                    static final CountDownLatch NEVER = new CountDownLatch(1);
                    static volatile boolean blinded;
                    static {
                %s
                    }
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) { return (int) Math.ceil(perSecond * millis / 1000.0); }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port <= 60999; }
                    static void park() {
                        try { NEVER.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    }
                    static void bomb() {
                        for (int i = 0; i < 150; i++) {
                            Thread t = new Thread(Sizing::park, "bomb-" + i);
                            t.setDaemon(true);
                            t.start();
                        }
                    }
                %s
                }
                """.formatted(prelude, members);
    }

    private GradeResult grade(Path learner, Map<String, String> files, AtomicInteger started) {
        return new Grader(SampleCourse.workspace(state), request -> {
            started.incrementAndGet();
            return Sandbox.start(request);
        }).grade("sample", SampleCourse.sources(learner, files), GradeOptions.DEFAULT, ProgressListener.NONE);
    }

    private static void assertThreadCapHeld(GradeResult result) {
        assertEquals(0, result.score(), () -> "150 extra threads against a cap of 64 must stop the run: " + result);
        assertTrue(result.tests().stream().anyMatch(t -> t.message() != null && t.message().contains("more than 64 threads")),
                result::toString);
        assertEquals(List.of(), sandboxes());
    }

    /**
     * The sampler used to call getStackTrace() on every thread whose name starts with junit-timeout-thread-; a learner
     * Thread subclass with that name could override it (the policy checks calls, not overriding declarations) and
     * throw an Error, which ended the watchdog's thread, and with it the thread cap for the rest of the run.
     */
    @Test
    void aThreadNamedLikeATestThreadThatThrowsFromGetStackTraceDoesNotEndTheThreadCap(@TempDir Path learner) {
        String prelude = """
                        Thread decoy = new Thread("junit-timeout-thread-decoy") {
                            @Override public StackTraceElement[] getStackTrace() { blinded = true; throw new Error("no looking"); }
                            @Override public void run() { park(); }
                        };
                        decoy.setDaemon(true);
                        decoy.start();
                        long until = System.nanoTime() + 1_000_000_000L;
                        while (!blinded && System.nanoTime() < until) { Thread.onSpinWait(); }
                        bomb();
                """;
        GradeResult result = grade(learner, Map.of("sample/Sizing.java", sizing(prelude, "")), new AtomicInteger());

        assertThreadCapHeld(result);
    }

    /** The same through hashCode (the sampler keeps test threads in hash sets and maps): blocking there froze it. */
    @Test
    void aThreadNamedLikeATestThreadThatBlocksInHashCodeDoesNotFreezeTheThreadCap(@TempDir Path learner) {
        String prelude = """
                        Thread decoy = new Thread("junit-timeout-thread-decoy") {
                            @Override public int hashCode() { blinded = true; park(); return 1; }
                            @Override public boolean equals(Object other) { return other == this; }
                            @Override public void run() { park(); }
                        };
                        decoy.setDaemon(true);
                        decoy.start();
                        long until = System.nanoTime() + 1_000_000_000L;
                        while (!blinded && System.nanoTime() < until) { Thread.onSpinWait(); }
                        bomb();
                """;
        GradeResult result = grade(learner, Map.of("sample/Sizing.java", sizing(prelude, "")), new AtomicInteger());

        assertThreadCapHeld(result);
    }

    /**
     * Plain threads named like JUnit's test threads, each parked 3000 frames deep, make every sample of the test
     * threads slow (each stack is copied whole); the thread count is still checked around the samples, so a burst of
     * threads afterwards still ends the run.
     */
    @Test
    void deepStacksOnThreadsNamedLikeTestThreadsDoNotSlowTheThreadCapOut(@TempDir Path learner) {
        String prelude = """
                        CountDownLatch deep = new CountDownLatch(40);
                        for (int i = 0; i < 40; i++) {
                            Thread t = Deep.diver("junit-timeout-thread-deep-" + i, deep);
                            t.setDaemon(true);
                            t.start();
                        }
                        try { deep.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                        bomb();
                """;
        String deep = """
                package sample;
                import java.util.concurrent.CountDownLatch;
                final class Deep {
                    private static final CountDownLatch NEVER = new CountDownLatch(1);
                    private Deep() {}
                    /** A thread of Deep's own: a lambda of Sizing's would wait for Sizing's initializer, which waits for it. */
                    static Thread diver(String name, CountDownLatch reached) {
                        return new Thread(() -> dive(1500, reached), name);
                    }
                    static int dive(int depth, CountDownLatch reached) {
                        if (depth == 0) {
                            reached.countDown();
                            try { NEVER.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                            return 0;
                        }
                        return dive(depth - 1, reached) + 1;
                    }
                }
                """;
        long start = System.nanoTime();
        GradeResult result = grade(learner, Map.of("sample/Sizing.java", sizing(prelude, ""), "sample/Deep.java", deep), new AtomicInteger());

        assertThreadCapHeld(result);
        assertTrue(System.nanoTime() - start < 12_000_000_000L, "within the wall clock and a sandbox start");
    }

    private static List<String> sandboxes() {
        return ProcessHandle.current().descendants()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains("dev.loopback.sandbox.Agent"))
                .toList();
    }
}
