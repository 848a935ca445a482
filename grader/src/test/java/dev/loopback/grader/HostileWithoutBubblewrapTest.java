package dev.loopback.grader;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus (every {@code hostile-*} golden scenario) graded again in a child JVM whose PATH
 * holds prlimit and the shell tools a detached process would use, but no bwrap, so the sandbox runs without its namespaces: each must
 * score as its {@code expected-without-bwrap.json} (or {@code expected.json}) says, leave no process
 * behind and change nothing outside its folder, with the policy and the process-tree sweep alone.
 */
class HostileWithoutBubblewrapTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> GRADED = new HashMap<>();
    /** What the grader (prlimit) and a hostile scenario that got past the policy (a detached shell) would run; no bwrap. */
    private static final List<String> TOOLS = List.of("prlimit", "sh", "bash", "setsid", "sleep", "touch", "sed", "env",
            "nohup", "kill");
    private static boolean childIsolated = true;

    @TempDir
    static Path work;

    static Stream<String> hostile() throws IOException {
        try (Stream<Path> dirs = Files.find(SCENARIOS, 2, (p, a) -> p.getFileName().toString().startsWith("hostile-")
                && Files.isRegularFile(p.resolve("expected.json")))) {
            return dirs.map(p -> SCENARIOS.relativize(p).toString()).sorted().toList().stream();
        }
    }

    @BeforeAll
    static void gradeInAJvmWithoutBwrap() throws IOException, InterruptedException {
        Path tools = Files.createDirectories(work.resolve("tools"));
        for (String tool : TOOLS) {
            Stream.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin").map(dir -> Path.of(dir, tool))
                    .filter(Files::isExecutable).findFirst().ifPresent(found -> link(tools.resolve(tool), found));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HostileWithoutBubblewrap.class.getName(),
                work.resolve("state").toString(), SCENARIOS.toString()));
        command.addAll(hostile().toList());
        ProcessBuilder child = new ProcessBuilder(command).redirectError(work.resolve("child.err").toFile());
        child.environment().put("PATH", tools.toString());
        Process process = child.start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, process.waitFor(), () -> "the grading JVM failed:\n" + readErr());
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            if (node.has("isolated")) {
                childIsolated = node.get("isolated").asBoolean();
            } else {
                GRADED.put(node.get("name").asText(), node);
            }
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeTools() throws IOException {
        try (Stream<Path> links = Files.list(work.resolve("tools"))) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    private static String readErr() {
        try {
            return Files.readString(work.resolve("child.err"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void gradesAsExpectedWithoutBwrap(String name) throws IOException {
        assertFalse(childIsolated, "the child JVM found bwrap on its PATH");
        Path dir = SCENARIOS.resolve(name);
        Path withoutBwrap = dir.resolve("expected-without-bwrap.json");
        JsonNode expected = JSON.readTree((Files.isRegularFile(withoutBwrap) ? withoutBwrap : dir.resolve("expected.json")).toFile());
        JsonNode graded = GRADED.get(name);
        assertNotNull(graded, () -> name + " was not graded:\n" + readErr());
        String report = graded.get("report").asText();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        expected.path("criteria").fields().forEachRemaining(e -> wanted.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> earned = new LinkedHashMap<>();
        graded.path("criteria").fields().forEachRemaining(e -> earned.put(e.getKey(), e.getValue().asInt()));
        List<String> breaches = new ArrayList<>();
        graded.path("breaches").forEach(b -> breaches.add(b.asText()));
        assertAll(
                () -> assertEquals(expected.path("compiled").asBoolean(), graded.get("compiled").asBoolean(), report),
                () -> assertEquals(expected.path("score").asInt(), graded.get("score").asInt(), report),
                () -> assertEquals(expected.path("passed").asBoolean(), graded.get("passed").asBoolean(), report),
                () -> assertEquals(wanted, earned, report),
                () -> expected.path("messageContains").forEach(text ->
                        assertTrue(report.contains(text.asText()), "report lacks \"" + text.asText() + "\":\n" + report)),
                () -> assertEquals(List.of(), breaches, "the grading reached outside its submission folder:\n" + report));
    }
}
