package dev.loopback.grader.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.compile.Compilation;
import dev.loopback.grader.compile.SourceCompiler;
import dev.loopback.grader.sandbox.SandboxClassPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grading policy on real class files compiled here: what it refuses, and the ordinary Java it must let through. */
class PolicyCheckTest {
    private static final Policy STRICT = Policy.of("p", List.of());
    private static final Policy SOCKETS = Policy.of("p", List.of("sockets"));

    @TempDir
    Path dir;

    private List<Violation> check(Policy policy, String body, String imports) {
        String source = "package p;\n" + imports + "\npublic class A {\n" + body + "\n}\n";
        return check(policy, Map.of("p/A.java", source), Set.of());
    }

    private List<Violation> check(Policy policy, Map<String, String> files, Set<String> hiddenTests) {
        Path src = SampleCourse.sources(dir.resolve("src"), files);
        Compilation compiled = SourceCompiler.compile(src, List.of(), dir.resolve("classes"));
        assertInstanceOf(Compilation.Compiled.class, compiled, () -> "test source does not compile: " + compiled);
        return PolicyCheck.check(dir.resolve("classes"), policy, hiddenTests);
    }

    private static String apis(List<Violation> violations) {
        return violations.stream().map(Violation::api).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Runtime.halt|                 void f() { Runtime.getRuntime().halt(0); }|                         Runtime.halt(int)|               processes
            ProcessBuilder|               void f() throws Exception { new ProcessBuilder("sh").start(); }|      java.lang.ProcessBuilder|        processes
            ProcessHandle|                void f() { ProcessHandle.current().parent(); }|                     java.lang.ProcessHandle|         processes
            method reference to halt|     Runnable f() { Runtime r = Runtime.getRuntime(); return () -> r.halt(1); }| Runtime.halt(int)|     processes
            bound method reference|       java.util.function.IntConsumer f() { return Runtime.getRuntime()::halt; }| Runtime.halt(int)|      processes
            Class.forName|                Object f() throws Exception { return Class.forName("x.Y"); }|        Class.forName(String)|           reflection
            setAccessible|                void f() throws Exception { A.class.getDeclaredField("x").setAccessible(true); } int x; | java.lang.reflect.Field| reflection
            MethodHandles|                Object f() { return java.lang.invoke.MethodHandles.lookup(); }|      java.lang.invoke.MethodHandles|  reflection
            Unsafe|                       Object f() { return sun.misc.Unsafe.class; }|                       sun.misc.Unsafe|                 unsafe
            System.loadLibrary|           void f() { System.loadLibrary("x"); }|                             System.loadLibrary(String)|      native-code
            native method|                native void f();|                                                 p.A.f (native)|                  native-code
            ClassLoader|                  Object f() { return A.class.getClassLoader(); }|                   Class.getClassLoader()|          class-loading
            getResourceAsStream|          Object f() { return A.class.getResourceAsStream("LittlesLawTest.class"); }| Class.getResourceAsStream(String)| class-loading
            StackWalker|                  Object f() { return StackWalker.getInstance(); }|                  java.lang.StackWalker|           stack-walking
            Throwable.getStackTrace|      Object f() { return new RuntimeException().getStackTrace(); }|     RuntimeException.getStackTrace()| stack-walking
            Thread.getStackTrace|         Object f() { return Thread.currentThread().getStackTrace(); }|     Thread.getStackTrace()|          stack-walking
            System.setOut|                void f() { System.setOut(System.err); }|                           System.setOut(PrintStream)|      standard-streams
            Files|                        void f() throws Exception { java.nio.file.Files.delete(java.nio.file.Path.of("x")); }| java.nio.file.Files| files
            FileOutputStream|             void f() throws Exception { new java.io.FileOutputStream("x").close(); }| java.io.FileOutputStream| files
            PrintStream to a file name|   void f() throws Exception { new java.io.PrintStream("x").close(); }| new PrintStream(String)|      files
            Socket without sockets|       void f() throws Exception { new java.net.Socket("127.0.0.1", 1).close(); }| java.net.Socket|      sockets
            management|                   Object f() { return java.lang.management.ManagementFactory.getRuntimeMXBean(); }| java.lang.management.ManagementFactory| management
            """)
    void refuses(String what, String body, String api, String category) {
        List<Violation> violations = check(STRICT, body, "");

        assertTrue(violations.stream().anyMatch(v -> v.api().equals(api) && v.message().contains("(policy: " + category + ")")),
                what + ": expected " + api + " (" + category + ") among " + apis(violations));
    }

    @Test
    void aViolationNamesTheClassTheLineAndWhy() {
        List<Violation> violations = check(STRICT, "void f() {\n    Runtime.getRuntime().halt(0);\n}", "");

        Violation halt = violations.get(0);
        assertEquals("p.A", halt.className());
        assertEquals("A.java", halt.sourceFile());
        assertEquals(5, halt.line());
        assertTrue(halt.message().startsWith("Runtime.halt(int) - graded code may not start or end processes"), halt.message());
    }

    @Test
    void aCallInheritedThroughTheLearnersOwnSubclassIsCaught() {
        List<Violation> violations = check(STRICT, Map.of(
                "p/Walker.java", "package p; public class Walker extends Thread { Object f() { return getStackTrace(); } }"),
                Set.of());

        assertTrue(apis(violations).contains("Thread.getStackTrace()"), apis(violations));
    }

    @Test
    void classesOutsideTheExercisePackageAndNamedLikeHiddenTestsAreRefused() {
        List<Violation> violations = check(STRICT, Map.of(
                "p/LittlesLawTest.java", "package p; public class LittlesLawTest { }",
                "org/junit/jupiter/api/Test.java", "package org.junit.jupiter.api; public @interface Test { }",
                "p/sub/Helper.java", "package p.sub; public class Helper { }"), Set.of("p.LittlesLawTest"));

        assertEquals(Set.of("p.LittlesLawTest", "org.junit.jupiter.api.Test"),
                violations.stream().map(Violation::className).collect(Collectors.toSet()), apis(violations));
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("has the name of one of the hidden tests")));
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("is outside the exercise's package")));
    }

    @Test
    void theGradersOwnClassesAreOutOfReach() {
        Path src = SampleCourse.sources(dir.resolve("src"), Map.of("p/A.java",
                "package p; public class A { Object f() { return \"\" + dev.loopback.sandbox.Agent.FINISHED + dev.loopback.fixture.Poll.class; } }"));
        Compilation compiled = SourceCompiler.compile(src, List.of(SandboxClassPath.support()), dir.resolve("classes"));
        assertInstanceOf(Compilation.Compiled.class, compiled, compiled::toString);

        List<Violation> violations = PolicyCheck.check(dir.resolve("classes"), STRICT, Set.of());

        assertTrue(violations.stream().anyMatch(v -> v.api().equals("dev.loopback.fixture.Poll")
                && v.message().contains("(policy: outside-jdk)")), apis(violations));
    }

    @Test
    void anExerciseCanAllowACategory() {
        String body = "int f() throws Exception { try (var s = new java.net.ServerSocket(0, 50, "
                + "java.net.InetAddress.getLoopbackAddress())) { return s.getLocalPort(); } }";

        assertTrue(check(SOCKETS, body, "").isEmpty());
        assertTrue(apis(check(STRICT, body, "")).contains("java.net.ServerSocket"));
    }

    @Test
    void outsideJdkCannotBeAllowed() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Policy.of("p", List.of("outside-jdk")));
        assertTrue(refused.getMessage().contains("is not a category an exercise can allow"), refused.getMessage());
    }

    /** Ordinary solutions in many styles pass untouched: the policy must never refuse honest code. */
    @Test
    void ordinaryJavaInManyStylesIsAllowed() {
        Map<String, String> files = Map.of("p/A.java", """
                package p;

                import java.math.BigDecimal;
                import java.math.BigInteger;
                import java.math.RoundingMode;
                import java.net.InetSocketAddress;
                import java.nio.ByteBuffer;
                import java.nio.channels.SocketChannel;
                import java.nio.charset.StandardCharsets;
                import java.time.Duration;
                import java.util.*;
                import java.util.concurrent.*;
                import java.util.function.*;
                import java.util.stream.*;

                public final class A {
                    public sealed interface Shape permits Square, Circle {}
                    public record Square(double side) implements Shape {}
                    public record Circle(double radius) implements Shape {}
                    enum Kind { SMALL, LARGE }

                    static double area(Shape s) {
                        if (s instanceof Square sq) { return sq.side() * sq.side(); }
                        return Math.PI * ((Circle) s).radius() * ((Circle) s).radius();
                    }

                    static long poolMax(double rate, Duration latency) {
                        if (!Double.isFinite(rate) || rate < 0) { throw new IllegalArgumentException("rate " + rate); }
                        Objects.requireNonNull(latency, "latency");
                        return BigDecimal.valueOf(rate).multiply(BigDecimal.valueOf(latency.toNanos()))
                                .divide(BigDecimal.valueOf(1_000_000_000L), 0, RoundingMode.CEILING).longValueExact();
                    }

                    static String words(List<String> in) {
                        Map<Kind, List<String>> byKind = in.stream().filter(Predicate.not(String::isBlank))
                                .collect(Collectors.groupingBy(w -> w.length() > 3 ? Kind.LARGE : Kind.SMALL));
                        return switch (Kind.valueOf("SMALL")) {
                            case SMALL -> String.join(",", byKind.getOrDefault(Kind.SMALL, List.of()));
                            case LARGE -> "";
                        };
                    }

                    static int parallel() throws Exception {
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        try {
                            Future<Integer> f = pool.submit(() -> IntStream.rangeClosed(1, 10).sum());
                            return CompletableFuture.supplyAsync(() -> 1, pool).thenCombine(
                                    CompletableFuture.completedFuture(f.get()), Integer::sum).get(1, TimeUnit.SECONDS);
                        } finally {
                            pool.shutdownNow();
                        }
                    }

                    static String call(InetSocketAddress at) throws Exception {
                        try (SocketChannel channel = SocketChannel.open(at)) {
                            channel.write(StandardCharsets.UTF_8.encode("PING\\n"));
                            ByteBuffer reply = ByteBuffer.allocate(64);
                            channel.read(reply);
                            return new String(reply.array(), 0, reply.position(), StandardCharsets.UTF_8).strip();
                        } catch (RuntimeException e) {
                            e.printStackTrace();
                            throw new IllegalStateException("failed: " + e.getMessage(), e);
                        }
                    }

                    static BigInteger big(long a) { return BigInteger.valueOf(a).pow(2); }

                    static String describe(Object o) {
                        assert o != null;
                        return o.getClass().getSimpleName() + Optional.ofNullable(o).map(Object::toString).orElse("")
                                + String.format("%d", 3) + new StringBuilder("x").reverse();
                    }

                    static void threads() throws InterruptedException {
                        Thread t = new Thread(() -> { }, "worker");
                        t.setDaemon(true);
                        t.start();
                        t.join();
                        Thread.currentThread().interrupt();
                        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
                        counts.merge("a", 1, Integer::sum);
                        System.out.println(counts + " " + Arrays.toString(new int[] {1}) + Thread.currentThread().getName());
                    }
                }
                """);

        List<Violation> violations = check(SOCKETS, files, Set.of());

        assertTrue(violations.isEmpty(), "refused honest code: " + violations);
    }
}
