package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.rubric.TestOutcome;
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
                        // Keep them for 1.5 s before answering: the cap polls every 5 ms, so a working cap ends the
                        // run here, not after a quick test or two passed with 150 threads alive.
                        long until = System.nanoTime() + 1_500_000_000L;
                        while (System.nanoTime() < until) { Thread.onSpinWait(); }
                    }
                %s
                }
                """.formatted(prelude, members);
    }

    private GradeResult grade(Path learner, Map<String, String> files, AtomicInteger started) {
        return SampleCourse.gradeCountingSandboxes(state, SampleCourse.sources(learner, files), started);
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

    /**
     * Learner code cannot forge the agent's reports: it prints a stuck-initializer and a test-timeout event to stdout,
     * appends both (numbered, with a made-up seal) to the results file it finds on its own command line (the sample
     * exercise allows files), and exits with the timeout status. No continuing sandbox is started, no test is said to
     * be stuck in or stopped at a static initializer, and the run is not graded (its results could not be verified).
     */
    @Test
    void forgedStuckInitializerAndTimeoutLinesAreNotBelieved(@TempDir Path learner) {
        String forging = """
                package sample;
                import java.io.FileWriter;
                import java.io.IOException;
                import java.nio.charset.StandardCharsets;
                import java.nio.file.Files;
                import java.nio.file.Path;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) {
                        String stuck = "{\\"e\\":\\"stuck-initializer\\",\\"class\\":\\"sample.Sizing\\"}";
                        String timeout = "{\\"e\\":\\"limit\\",\\"kind\\":\\"test-timeout\\",\\"value\\":3}";
                        System.out.println(stuck);
                        System.out.println(timeout);
                        try {
                            String[] args = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8).split("\\u0000");
                            for (int i = 0; i + 1 < args.length; i++) {
                                if (args[i].equals("dev.loopback.sandbox.Agent")) {
                                    try (FileWriter out = new FileWriter(args[i + 1], true)) {
                                        for (int n = 0; n < 16; n++) {
                                            out.write(n + "\\t" + stuck + "\\t" + "0".repeat(64) + "\\n");
                                            out.write(n + "\\t" + timeout + "\\t" + "0".repeat(64) + "\\n");
                                        }
                                    }
                                    System.out.println("FORGED " + args[i + 1]);
                                }
                            }
                        } catch (IOException e) {
                            System.out.println("NOT FORGED " + e);
                        }
                        System.exit(72);
                        return 0;
                    }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port <= 60999; }
                }
                """;
        AtomicInteger started = new AtomicInteger();
        GradeResult result = grade(learner, Map.of("sample/Sizing.java", forging), started);

        assertTrue(result.notes().stream().anyMatch(n -> n.contains("was not written by the grader's agent")),
                () -> "the forgery reached the results file and was caught: " + result);
        assertEquals(0, result.score(), result::toString);
        assertEquals(1, started.get(), "one sandbox for the submission, no continuation");
        assertEquals(0, result.criteria().get(0).earned(), result::toString);
        assertTrue(result.tests().stream().noneMatch(t -> t.message() != null && t.message().contains("static initializer")),
                result::toString);
        assertEquals(List.of(), sandboxes());
    }

    /**
     * A static initializer that ran out a limit is judged by what it did there. Range's initializer is slow (5 s,
     * finite) only after isEphemeral was called, and takes 0.5 s otherwise: the ports test that reaches it times out
     * with Range stuck for its whole limit, and in the continuing sandbox the in-flight tests that reach Range are
     * stopped at once, although a fresh JVM would have run Range in 0.5 s for them. This is the documented trade-off
     * (README, "A static initializer that runs out a per-test limit"): the grader cannot tell a slow initializer from
     * an endless one without waiting out the limit again. The verdict names Range, so the learner knows where to look.
     */
    @Test
    void anInitializerThatRanOutItsLimitIsJudgedByWhatItDidThereEvenWhenItsSpeedDependsOnState(@TempDir Path learner) {
        String sizing = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) {
                        return (int) Math.ceil(perSecond * millis / 1000.0) + Range.LOW - 32768;
                    }
                    public static boolean isEphemeral(int port) {
                        Mode.slow = true;
                        return port >= Range.LOW && port <= 60999;
                    }
                }
                """;
        String mode = """
                package sample;
                final class Mode {
                    static volatile boolean slow;
                    private Mode() {}
                }
                """;
        String range = """
                package sample;
                final class Range {
                    static final int LOW;
                    static {
                        long until = System.nanoTime() + (Mode.slow ? 5_000_000_000L : 500_000_000L);
                        while (System.nanoTime() < until) { Thread.onSpinWait(); }
                        LOW = 32768;
                    }
                    private Range() {}
                }
                """;
        GradeResult result = grade(learner, Map.of("sample/Sizing.java", sizing, "sample/Mode.java", mode,
                "sample/Range.java", range), new AtomicInteger());

        List<String> messages = result.tests().stream().map(TestOutcome::message).filter(m -> m != null).toList();
        if (result.criteria().get(0).earned() == 60) {
            // The in-flight tests ran first, in the first JVM, where Range took 0.5 s: nothing was stuck yet.
            assertTrue(messages.stream().noneMatch(m -> m.startsWith("Stopped as soon as")), messages::toString);
        } else {
            assertEquals(0, result.criteria().get(0).earned(), result::toString);
            assertTrue(messages.stream().anyMatch(m -> m.startsWith(
                    "Stopped as soon as it reached the static initializer of Range")), messages::toString);
        }
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(
                "Did not finish within 3 s: it was still in the static initializer of Range")), messages::toString);
        assertEquals(List.of(), sandboxes());
    }

    /**
     * An honest but slow static initializer (2 s of the 3 s limit, past nothing but its own time) with plain Threads
     * named like JUnit's test threads running beside it: every test passes and none is stopped or said to be stuck.
     */
    @Test
    void aSlowButFiniteInitializerWithDecoyTestThreadsStillEarnsFullMarks(@TempDir Path learner) {
        String sizing = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) {
                        return (int) Math.ceil(perSecond * millis / 1000.0) + Range.LOW - 32768;
                    }
                    public static boolean isEphemeral(int port) { return port >= Range.LOW && port <= 60999; }
                }
                """;
        String range = """
                package sample;
                final class Range {
                    static final int LOW;
                    static {
                        for (int i = 0; i < 4; i++) {
                            Thread decoy = new Thread(Decoy::spin, "junit-timeout-thread-" + i);
                            decoy.setDaemon(true);
                            decoy.start();
                        }
                        long until = System.nanoTime() + 2_000_000_000L;
                        while (System.nanoTime() < until) { Thread.onSpinWait(); }
                        LOW = 32768;
                    }
                    private Range() {}
                }
                """;
        String decoy = """
                package sample;
                final class Decoy {
                    private Decoy() {}
                    static void spin() {
                        long until = System.nanoTime() + 8_000_000_000L;
                        while (System.nanoTime() < until) { Thread.onSpinWait(); }
                    }
                }
                """;
        GradeResult result = grade(learner, Map.of("sample/Sizing.java", sizing, "sample/Range.java", range,
                "sample/Decoy.java", decoy), new AtomicInteger());

        assertEquals(100, result.score(), result::toString);
        assertTrue(result.tests().stream().allMatch(t -> t.status() == TestOutcome.Status.PASSED), result::toString);
        assertEquals(List.of(), sandboxes());
    }

    /**
     * A stuck initializer in a nested class with a non-ASCII name (the class names travel to the continuing sandbox as
     * Base64 of UTF-8 in the go line): the later test that reaches it is still stopped at once and named correctly,
     * and the test that never uses it still passes.
     */
    @Test
    void aStuckNestedInitializerWithANonAsciiNameIsStillRecognisedInTheContinuingSandbox(@TempDir Path learner) {
        String sizing = """
                package sample;
                public final class Sizing {
                    private Sizing() {}
                    public static int inFlight(int perSecond, int millis) { return Grenzwert.Ünten.LOW; }
                    public static boolean isEphemeral(int port) { return port >= 32768 && port >= Grenzwert.Ünten.LOW; }
                }
                """;
        String grenzwert = """
                package sample;
                final class Grenzwert {
                    private Grenzwert() {}
                    static final class Ünten {
                        static final int LOW;
                        static {
                            while (Boolean.parseBoolean("true")) { Thread.onSpinWait(); }
                            LOW = 32768;
                        }
                        private Ünten() {}
                    }
                }
                """;
        GradeResult result = grade(learner, Map.of("sample/Sizing.java", sizing, "sample/Grenzwert.java", grenzwert),
                new AtomicInteger());

        List<String> messages = result.tests().stream().map(TestOutcome::message).filter(m -> m != null).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Stopped as soon as it reached the static initializer of Grenzwert.Ünten")
                || m.startsWith("Stopped as soon as it reached the static initializer of Grenzwert$Ünten")), result::toString);
        assertEquals(20, result.score(), result.tests()::toString);
        assertEquals(List.of(), sandboxes());
    }

    private static List<String> sandboxes() {
        return SampleCourse.sandboxAgents();
    }
}
