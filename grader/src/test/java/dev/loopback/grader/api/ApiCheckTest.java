package dev.loopback.grader.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.compile.SourceCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiCheckTest {
    @TempDir
    Path dir;

    private static final String STUB = """
            package p;
            import java.time.Duration;
            public final class PoolSizer {
                public static long poolMax(double rate, Duration latency) { return 0; }
                public static boolean fits(long a, long b) { return true; }
                public static class Plan { public Plan(int size) {} }
            }
            """;

    private Path compiled(String name, String source) {
        Path src = SampleCourse.sources(dir.resolve(name + "-src"), Map.of("p/PoolSizer.java", source));
        SourceCompiler.compile(src, List.of(), dir.resolve(name));
        return dir.resolve(name);
    }

    @Test
    void theSameSignaturesPass() {
        String withHelpers = STUB.replace("public static class Plan", "static int helper() { return 1; }\n public static class Plan");

        assertEquals(List.of(), ApiCheck.problems(compiled("stub", STUB), compiled("learner", withHelpers)));
    }

    @Test
    void aChangedParameterTypeIsReportedByName() {
        String changed = STUB.replace("poolMax(double rate, Duration latency)", "poolMax(double rate, long latencyMillis)");

        assertEquals(List.of("PoolSizer.poolMax(double, Duration) is missing - keep the stub's signatures"),
                ApiCheck.problems(compiled("stub", STUB), compiled("learner", changed)));
    }

    @Test
    void aChangedReturnTypeAndALostStaticAreReported() {
        String changed = STUB.replace("public static boolean fits(long a, long b) { return true; }",
                        "public int fits(long a, long b) { return 1; }")
                .replace("public static long poolMax", "public static int poolMax");

        assertEquals(List.of(
                        "PoolSizer.fits(long, long) must be static - keep the stub's signatures",
                        "PoolSizer.fits(long, long) must return boolean, not int - keep the stub's signatures",
                        "PoolSizer.poolMax(double, Duration) must return long, not int - keep the stub's signatures"),
                ApiCheck.problems(compiled("stub", STUB), compiled("learner", changed)).stream().sorted().toList());
    }

    @Test
    void aMissingNestedTypeAndConstructorAreReported() {
        String noPlan = STUB.replace("public static class Plan { public Plan(int size) {} }", "");
        String otherConstructor = STUB.replace("public Plan(int size)", "public Plan(long size)");

        assertEquals(List.of("PoolSizer.Plan is missing - keep the stub's public types and their names"),
                ApiCheck.problems(compiled("stub", STUB), compiled("learner", noPlan)));
        assertEquals(List.of("the constructor PoolSizer.Plan(int) is missing - keep the stub's signatures"),
                ApiCheck.problems(compiled("stub", STUB), compiled("learner2", otherConstructor)));
    }

    @Test
    void classesAreNotInitialisedWhileChecking() {
        String exploding = STUB.replace("public final class PoolSizer {",
                "public final class PoolSizer {\n static { if (true) throw new IllegalStateException(\"boom\"); }");

        assertEquals(List.of(), ApiCheck.problems(compiled("stub", STUB), compiled("learner", exploding)));
    }
}
