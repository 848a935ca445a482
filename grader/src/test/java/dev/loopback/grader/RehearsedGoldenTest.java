package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.fixture.Poll;
import dev.loopback.grader.compile.HiddenTests;
import dev.loopback.grader.report.TextReport;
import dev.loopback.grader.sandbox.Sandbox;
import dev.loopback.grader.sandbox.SandboxClassPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden scenarios of pool-sizer graded in a spare that has rehearsed on the stub and gone idle: the same
 * compiled flag, score and criteria as expected.json (the results of a fresh sandbox), so a rehearsal changes
 * no result. A spare is idle once its JVM has used no CPU for 300 ms: it then waits for the go line only (an idle
 * spare holds no CPU).
 */
class RehearsedGoldenTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios/pool-sizer").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofMillis(300);

    /** One learner state for all scenarios, as in GoldenScenariosTest: the class-sharing archive is made once. */
    @TempDir
    static Path state;

    /** Spares off, and the next spare that grading started in the background gone before the next scenario. */
    @AfterEach
    void sparesOff() {
        SparesTest.endSpares();
    }

    /** The waiting sandbox JVM (not the prlimit and bwrap processes around it). */
    private static Optional<ProcessHandle> spare() {
        return SparesTest.waitingSandboxes().stream().findFirst();
    }

    /** True once the spare's JVM has used no CPU for {@link #QUIET}: it then only waits for the go line. */
    private static final class Quiet {
        private ProcessHandle process;
        private Duration cpu = Duration.ZERO;
        private long since;

        boolean now() {
            Optional<ProcessHandle> spare = spare();
            if (spare.isEmpty() || !spare.get().isAlive()) {
                return false;
            }
            Duration used = spare.get().info().totalCpuDuration().orElse(Duration.ZERO);
            if (!spare.get().equals(process) || !used.equals(cpu)) {
                process = spare.get();
                cpu = used;
                since = System.nanoTime();
                return false;
            }
            return System.nanoTime() - since >= QUIET.toNanos();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reference", "stub", "correct-biginteger-nanos", "wrong-littles-law", "wrong-validation",
            "hostile-answer-table", "hostile-forged-output", "hostile-system-exit-zero", "hostile-thread-bomb"})
    void aRehearsedSpareGradesAsAFreshSandboxDoes(String scenario) throws Exception {
        Path dir = SCENARIOS.resolve(scenario);
        Path withoutBwrap = dir.resolve("expected-without-bwrap.json");
        JsonNode expected = JSON.readTree((!Sandbox.isolated() && Files.isRegularFile(withoutBwrap) ? withoutBwrap
                : dir.resolve("expected.json")).toFile());
        Workspace workspace = Workspace.find(Path.of("").toAbsolutePath()).orElseThrow().withState(state);
        Path sources = ScenarioSources.of(dir, workspace.graderExercises().resolve("pool-sizer"), state);
        Set<Path> freshBefore = freshRuns();
        Grader.keepSparesWarm(true);
        Grader grader = new Grader(workspace);
        List<Path> classPath = new ArrayList<>(SandboxClassPath.junit());
        classPath.add(0, SandboxClassPath.support());
        HiddenTests.of(grader.exercises().load("pool-sizer"), classPath, state.resolve("cache")); // so the spare rehearses
        grader.prepare("pool-sizer");
        assertTrue(Poll.until(PATIENCE, new Quiet()::now), "the spare rehearsed and went idle");

        GradeResult result = grader.grade("pool-sizer", sources, new GradeOptions(false, false), ProgressListener.NONE);

        String report = TextReport.render(result);
        Map<String, Integer> earned = new LinkedHashMap<>();
        result.criteria().forEach(c -> earned.put(c.id(), c.earned()));
        Map<String, Integer> wanted = new LinkedHashMap<>();
        expected.path("criteria").fields().forEachRemaining(e -> wanted.put(e.getKey(), e.getValue().asInt()));
        assertAll(scenario,
                () -> assertEquals(expected.path("compiled").asBoolean(), result.compiled(), report),
                () -> assertEquals(expected.path("score").asInt(), result.score(), report),
                () -> assertEquals(wanted, earned, report),
                () -> expected.path("messageContains").forEach(text ->
                        assertTrue(report.contains(text.asText()), "report lacks \"" + text.asText() + "\":\n" + report)),
                () -> assertEquals(freshBefore, freshRuns(), "graded in the rehearsed spare, not a fresh sandbox"));
    }

    /** The "fresh" run folders under the build folders (old build folders are pruned meanwhile: those are skipped). */
    private static Set<Path> freshRuns() throws IOException {
        Path builds = state.resolve("builds/pool-sizer");
        if (!Files.isDirectory(builds)) {
            return Set.of();
        }
        try (Stream<Path> dirs = Files.list(builds)) {
            return dirs.map(dir -> dir.resolve("fresh")).filter(Files::isDirectory).collect(Collectors.toSet());
        }
    }
}
