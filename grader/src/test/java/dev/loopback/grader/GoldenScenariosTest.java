package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.report.TextReport;
import dev.loopback.grader.report.WrappedReport;
import dev.loopback.grader.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder {@code scenarios/<exercise>/<scenario>/} is a learner submission (see {@link ScenarioSources})
 * and the result it must get ({@code expected.json}, or
 * {@code expected-without-bwrap.json} on a machine without bwrap); exercises come from the real course,
 * or from the grader's sample course for the fast robustness cases. Every grading is also checked to
 * leave no process behind and to change nothing outside its submission folder ({@link Confinement}).
 */
class GoldenScenariosTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path state;

    /**
     * {@code -Dloopback.scenarios=error-doctor,fd-leak/reference} grades only those exercises' scenarios and those
     * single scenarios (all when unset).
     */
    static Stream<Arguments> scenarios() throws IOException {
        String only = System.getProperty("loopback.scenarios", "").strip();
        List<String> chosen = only.isEmpty() ? List.of() : List.of(only.split("\\s*,\\s*"));
        try (Stream<Path> exercises = Files.list(SCENARIOS)) {
            return exercises.sorted().flatMap(GoldenScenariosTest::folders)
                    .filter(dir -> chosen.isEmpty() || chosen.contains(dir.getParent().getFileName().toString())
                            || chosen.contains(SCENARIOS.relativize(dir).toString()))
                    .map(dir -> Arguments.of(SCENARIOS.relativize(dir).toString(), dir)).toList().stream();
        }
    }

    private static Stream<Path> folders(Path exercise) {
        try (Stream<Path> dirs = Files.list(exercise)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void gradesAsExpected(String name, Path dir) throws IOException {
        String exercise = dir.getParent().getFileName().toString();
        JsonNode expected = JSON.readTree(expectedFile(dir).toFile());

        Workspace workspace = workspaceFor(exercise);
        Path sources = ScenarioSources.of(dir, workspace.graderExercises().resolve(exercise), state);
        Confinement confinement = Confinement.before(workspace, exercise, sources);
        GradeResult result = new Grader(workspace)
                .grade(exercise, sources, new GradeOptions(false, false), ProgressListener.NONE);
        List<String> breaches = confinement.breaches();

        String report = TextReport.render(result);
        Map<String, Integer> earned = new LinkedHashMap<>();
        result.criteria().forEach(c -> earned.put(c.id(), c.earned()));
        Map<String, Integer> wanted = new LinkedHashMap<>();
        expected.path("criteria").fields().forEachRemaining(e -> wanted.put(e.getKey(), e.getValue().asInt()));
        assertAll(name,
                () -> assertEquals(expected.path("compiled").asBoolean(), result.compiled(), report),
                () -> assertEquals(expected.path("score").asInt(), result.score(), report),
                () -> assertEquals(expected.path("passed").asBoolean(), result.passed(), report),
                () -> assertEquals(wanted, earned, report),
                () -> expected.path("messageContains").forEach(text ->
                        assertTrue(report.contains(text.asText()), "report lacks \"" + text.asText() + "\":\n" + report)),
                () -> assertMeasured(expected, result),
                () -> WrappedReport.assertWrapsTo(result, 60),
                () -> WrappedReport.assertWrapsTo(result, 100),
                () -> assertEquals(List.of(), breaches, "the grading reached outside its submission folder:\n" + report));
    }


    /**
     * A scenario's {@code "measured"} lists the keys of the numbers its hidden tests publish about the learner's code
     * (e.g. handshake-timer's measured times): they reach the result, each once, and the submit JSON's
     * {@code measurements} (only passing tests' numbers count). Checked where a scenario has the field.
     */
    private static void assertMeasured(JsonNode expected, GradeResult result) {
        if (!expected.has("measured")) {
            return;
        }
        List<String> wanted = new ArrayList<>();
        expected.path("measured").forEach(key -> wanted.add(key.asText()));
        List<String> keys = new ArrayList<>();
        result.tests().forEach(test -> keys.addAll(test.measurements().keySet()));
        assertEquals(wanted.stream().sorted().toList(), keys.stream().sorted().toList(), "measurements published");
        JsonNode json = dev.loopback.grader.report.JsonReport.tree(result).path("measurements");
        assertEquals(wanted.size(), json.size(), json.toString());
        json.forEach(m -> assertTrue(m.path("value").isNumber() && m.path("value").asDouble() >= 0, json.toString()));
    }

    /** {@code expected-without-bwrap.json} where a scenario's result depends on bwrap and this machine lacks it. */
    private static Path expectedFile(Path dir) {
        Path withoutBwrap = dir.resolve("expected-without-bwrap.json");
        return !Sandbox.isolated() && Files.isRegularFile(withoutBwrap) ? withoutBwrap : dir.resolve("expected.json");
    }

    private static Workspace workspaceFor(String exercise) {
        Workspace real = Workspace.find(Path.of("").toAbsolutePath()).orElseThrow().withState(state);
        boolean inCourse = Files.isRegularFile(real.graderExercises().resolve(exercise).resolve("exercise.json"));
        return inCourse ? real : SampleCourse.workspace(state);
    }
}
