package dev.loopback.runner.workbench;

import dev.loopback.grader.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small course on disk with one exercise, {@code pool-sizer}, laid out as in the contracts. */
public final class CourseFixture {
    public static final String ID = "pool-sizer";
    public static final String EXERCISE_JSON = """
            { "id": "pool-sizer", "title": "Pool sizer", "lesson": "05", "package": "poolsizer",
              "try": ["PoolSizer.inFlight(2000, Duration.ofMillis(50))",
                      "PoolSizer.poolMax(2000, Duration.ofMillis(50))",
                      "PoolSizer.keepAliveIdle(Duration.ofSeconds(60))"] }
            """;
    public static final String RUBRIC_JSON = """
            { "exercise": "pool-sizer", "passMark": 100, "criteria": [
              { "id": "headroom", "title": "Headroom", "points": 100, "checks": "poolMax adds 25%",
                "hint": "Add 25% on top of Little's Law.", "section": "Pool sizing via Little's Law" } ] }
            """;
    public static final String STUB = """
            package poolsizer;

            import java.time.Duration;

            public final class PoolSizer {
                private PoolSizer() {}

                public static int poolMax(int requestsPerSecond, Duration latency) {
                    throw new UnsupportedOperationException("TODO: size the pool with Little's Law");
                }
            }
            """;
    public static final String WORKING = """
            package poolsizer;

            import java.time.Duration;

            public final class PoolSizer {
                private PoolSizer() {}

                public static int poolMax(int requestsPerSecond, Duration latency) {
                    return (int) Math.ceil(requestsPerSecond * latency.toMillis() / 1000.0 * 1.25);
                }
            }
            """;
    public static final String BROKEN = WORKING.replace("1.25);", "1.25)");

    private CourseFixture() {}

    /** A workspace under {@code root} whose learner copy of pool-sizer holds {@code learnerSource}. */
    public static Workspace create(Path root, String learnerSource) {
        Workspace workspace = Workspace.at(root);
        Path grader = workspace.graderExercises().resolve(ID);
        write(workspace.course().resolve("course.json"), "{ \"schema\": 1, \"id\": \"api-design\", \"parts\": [] }");
        write(grader.resolve("exercise.json"), EXERCISE_JSON);
        write(grader.resolve("rubric.json"), RUBRIC_JSON);
        write(grader.resolve("stub/poolsizer/PoolSizer.java"), STUB);
        write(grader.resolve("solution/poolsizer/PoolSizer.java"), WORKING);
        write(grader.resolve("SOLUTION.md"), "# Why this shape\n\nRound up **after** adding headroom.\n");
        write(learnerSource(workspace), learnerSource);
        return workspace;
    }

    /** The learner's copy of {@code PoolSizer.java}. */
    public static Path learnerSource(Workspace workspace) {
        return workspace.exercises().resolve(ID).resolve("src/main/java/poolsizer/PoolSizer.java");
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
