package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One mistake, one criterion. A {@code wrong-*} golden scenario names the criteria its mistake costs in
 * {@code "loses"} (its folder is {@code wrong-<criterion>} or {@code wrong-<criterion>-<detail>}), and its
 * {@code expected.json} must give every other criterion full points; {@code correct-*} and {@code reference}
 * give every criterion full points. {@link GoldenScenariosTest} grades each scenario and demands exactly
 * these points, so a hidden test that fails a solution for another criterion's mistake breaks the build. Every
 * exercise under {@code grader/exercises/} has at least three {@code correct-*} scenarios and a
 * {@code wrong-<criterion>} per criterion.
 */
class ScenarioCriteriaTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_CORRECT = 3;

    /** Every exercise of the course, so that a new one is held to the same rules. */
    static Stream<String> exercises() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("grader/exercises"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("rubric.json"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @Test
    void everyExerciseOfTheCourseIsChecked() throws IOException {
        assertTrue(exercises().toList().containsAll(List.of("pool-sizer", "handshake-timer", "fd-leak", "keepalive-pool")),
                exercises().toList().toString());
    }

    /**
     * The golden-scenario minimum AUTHORING.md sets: at least {@value #MIN_CORRECT} {@code correct-*} scenarios (right
     * solutions written differently from the reference) and a {@code wrong-<criterion>} folder for every criterion.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void everyExerciseHasTheMinimumOfGoldenScenarios(String exercise) throws IOException {
        List<String> names = Files.isDirectory(SCENARIOS.resolve(exercise))
                ? scenarios(exercise).stream().map(d -> d.getFileName().toString()).toList() : List.of();
        assertEquals(List.of(), minimum(exercise, names, points(exercise).keySet()));
    }

    /** The check itself can fail: two correct-* and a criterion with no wrong-<criterion> folder are both reported. */
    @Test
    void tooFewScenariosAreReported() {
        List<String> problems = minimum("backoff", List.of("reference", "correct-a", "correct-b", "wrong-cap",
                "wrong-doubling-overflow"), Set.of("doubling", "cap", "jitter"));
        assertEquals(List.of("backoff: 2 correct-* scenarios (correct-a, correct-b); at least 3 right solutions written "
                + "differently from the reference", "backoff: no wrong-jitter scenario (or wrong-jitter-<detail>) for "
                + "criterion jitter"), problems);
    }

    static List<String> minimum(String exercise, List<String> names, Set<String> criteria) {
        List<String> problems = new ArrayList<>();
        List<String> correct = names.stream().filter(n -> n.startsWith("correct-")).toList();
        if (correct.size() < MIN_CORRECT) {
            problems.add(exercise + ": " + correct.size() + " correct-* scenarios (" + String.join(", ", correct)
                    + "); at least " + MIN_CORRECT + " right solutions written differently from the reference");
        }
        for (String id : criteria) {
            if (names.stream().noneMatch(n -> n.equals("wrong-" + id) || n.startsWith("wrong-" + id + "-"))) {
                problems.add(exercise + ": no wrong-" + id + " scenario (or wrong-" + id + "-<detail>) for criterion " + id);
            }
        }
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void wrongScenariosLoseOnlyTheCriteriaTheyName(String exercise) throws IOException {
        Map<String, Integer> points = points(exercise);
        Set<String> covered = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path dir : scenarios(exercise)) {
            String name = dir.getFileName().toString();
            for (Path file : expectedFiles(dir)) {
                JsonNode expected = JSON.readTree(file.toFile());
                String where = exercise + "/" + name + "/" + file.getFileName();
                if (name.startsWith("wrong-")) {
                    List<String> loses = new ArrayList<>();
                    expected.path("loses").forEach(id -> loses.add(id.asText()));
                    covered.addAll(loses);
                    problems.addAll(wrong(where, name, loses, expected, points));
                } else if (name.equals("reference") || name.startsWith("correct-")) {
                    problems.addAll(right(where, expected, points));
                }
            }
        }
        for (String id : points.keySet()) {
            if (!covered.contains(id)) {
                problems.add(exercise + ": no wrong-" + id + " scenario loses criterion " + id);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The check itself can fail: a wrong-* scenario that also loses a criterion it does not name is reported. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"handshake-timer"})
    void aScenarioLosingASecondCriterionIsReported(String exercise) throws IOException {
        Map<String, Integer> points = points(exercise);
        JsonNode expected = JSON.readTree(SCENARIOS.resolve(exercise).resolve("wrong-work-timing/expected.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.path("criteria")).put("setup-timing", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).put("score", 60);
        List<String> problems = wrong("wrong-work-timing", "wrong-work-timing", List.of("work-timing"), expected,
                points);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("setup-timing"), problems.get(0));
        assertFalse(wrong("x", "wrong-work-timing", List.of(), expected, points).isEmpty());
    }

    private static List<String> wrong(String where, String name, List<String> loses, JsonNode expected,
            Map<String, Integer> points) {
        List<String> problems = new ArrayList<>();
        if (loses.isEmpty()) {
            problems.add(where + ": a wrong-* scenario names the criteria it loses in \"loses\": [\"<id>\"]");
            return problems;
        }
        for (String id : loses) {
            if (!points.containsKey(id)) {
                problems.add(where + ": \"loses\" names " + id + ", which is no criterion of the rubric");
            }
        }
        if (loses.stream().noneMatch(id -> name.equals("wrong-" + id) || name.startsWith("wrong-" + id + "-"))) {
            problems.add(where + ": the folder should be wrong-<criterion>[-detail] for a criterion in " + loses);
        }
        Map<String, Integer> criteria = criteria(expected);
        int sum = 0;
        for (Map.Entry<String, Integer> criterion : points.entrySet()) {
            String id = criterion.getKey();
            Integer earned = criteria.get(id);
            if (earned == null) {
                problems.add(where + ": no points given for criterion " + id);
                continue;
            }
            sum += earned;
            if (loses.contains(id) && earned >= criterion.getValue()) {
                problems.add(where + ": names " + id + " in \"loses\" but gives it full points");
            } else if (!loses.contains(id) && earned != criterion.getValue()) {
                problems.add(where + ": loses " + id + " (" + earned + " of " + criterion.getValue() + ") as well as "
                        + loses + "; one mistake should cost only its own criterion - fix the hidden test that"
                        + " fails it, or name the second mistake");
            }
        }
        if (expected.path("score").asInt(-1) != sum) {
            problems.add(where + ": score " + expected.path("score") + " is not the sum of its criteria, " + sum);
        }
        if (expected.path("passed").asBoolean(true) || !expected.path("compiled").asBoolean(false)) {
            problems.add(where + ": a wrong-* scenario compiles and does not pass");
        }
        return problems;
    }

    private static List<String> right(String where, JsonNode expected, Map<String, Integer> points) {
        List<String> problems = new ArrayList<>();
        if (!criteria(expected).equals(points) || expected.path("score").asInt() != 100
                || !expected.path("passed").asBoolean() || expected.has("loses")) {
            problems.add(where + ": a right solution earns every criterion's full points, "
                    + points + ", score 100, passed, and loses nothing");
        }
        return problems;
    }

    private static Map<String, Integer> criteria(JsonNode expected) {
        Map<String, Integer> criteria = new LinkedHashMap<>();
        expected.path("criteria").fields().forEachRemaining(e -> criteria.put(e.getKey(), e.getValue().asInt()));
        return criteria;
    }

    private static Map<String, Integer> points(String exercise) throws IOException {
        JsonNode rubric = JSON.readTree(ROOT.resolve("grader/exercises").resolve(exercise).resolve("rubric.json").toFile());
        Map<String, Integer> points = new LinkedHashMap<>();
        rubric.path("criteria").forEach(c -> points.put(c.path("id").asText(), c.path("points").asInt()));
        return points;
    }

    private static List<Path> scenarios(String exercise) throws IOException {
        try (Stream<Path> dirs = Files.list(SCENARIOS.resolve(exercise))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList();
        }
    }

    private static List<Path> expectedFiles(Path dir) {
        return Stream.of("expected.json", "expected-without-bwrap.json").map(dir::resolve)
                .filter(Files::isRegularFile).toList();
    }
}
