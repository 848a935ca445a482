package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.runner.command.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new lesson} and {@code new exercise} on a copy of the real course: every file and entry is written, each
 * TODO(author) marker is named by {@code validate} (file:line) until filled, and what exists or is invalid is refused
 * with exit status 2, naming the file, and nothing written.
 */
class ScaffoldTest {
    @TempDir
    Path home;

    @Test
    void aFreshLessonScaffoldParsesAndValidateNamesEveryTodoUntilFilled() throws IOException {
        RealCourseCopy copy = new RealCourseCopy(home);

        assertEquals(ExitCode.OK, copy.loopback("new", "lesson", "06", "Retries"), copy.err.toString());
        assertTrue(copy.out.toString().contains("  created  course/lessons/06-retries.md\n"), copy.out.toString());

        JsonNode lesson = new ObjectMapper().readTree(copy.path("course/course.json").toFile())
                .path("parts").get(0).path("lessons").get(1);
        assertEquals("retries", lesson.path("id").asText());
        assertEquals("lessons/06-retries.md", lesson.path("file").asText());
        assertEquals("checks/06-retries.md", lesson.path("quickCheck").path("file").asText());
        assertEquals("drills/06-retries.md", lesson.path("drill").path("file").asText());
        assertEquals("[\"05\"]", lesson.path("prerequisites").toString());
        assertTrue(lesson.path("exercises").isArray());
        String manifest = Files.readString(copy.path("course/course.json"));
        assertTrue(manifest.contains("\n          \"number\": \"06\",\n"), manifest);
        assertTrue(manifest.contains("\"note\": \"Not shipped in this course"), "other entries are kept: " + manifest);

        assertEquals(ExitCode.FAILED, copy.loopback("validate", "--course"));
        List<String> problems = problems(copy.out.toString());
        assertTrue(problems.size() >= 3, copy.out.toString());
        assertTrue(problems.stream().allMatch(p -> p.matches("course/(lessons|checks|drills)/06-retries\\.md:\\d+: "
                + "TODO\\(author\\) .*left to fill")), "only markers, no parse errors: " + copy.out);
        for (String file : List.of("lessons", "checks", "drills")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("course/" + file + "/06-retries.md:")), copy.out.toString());
        }
        int line = Integer.parseInt(problems.get(0).split(":")[1]);
        assertTrue(Files.readAllLines(copy.path(problems.get(0).split(":")[0])).get(line - 1).contains("TODO(author)"));

        Path check = copy.path("course/checks/06-retries.md");
        Files.writeString(check, Files.readString(check).replace("TODO(author): ", ""));
        assertEquals(ExitCode.FAILED, copy.loopback("validate", "--course"));
        assertFalse(copy.out.toString().contains("course/checks/"), copy.out.toString());
        assertTrue(copy.out.toString().contains("course/drills/06-retries.md:"), copy.out.toString());
    }

    @Test
    void aFreshExerciseScaffoldIsCompleteAndReportedUntilFilled() throws IOException {
        RealCourseCopy copy = new RealCourseCopy(home);
        int shipped = copy.exercisesListed();

        assertEquals(ExitCode.OK, copy.loopback("new", "exercise", "retry-budget", "--lesson", "05", "--package",
                "dev.retry"), copy.err.toString());

        for (String file : List.of("exercise.json", "rubric.json", "hints.md", "SOLUTION.md",
                "stub/dev/retry/RetryBudget.java", "solution/dev/retry/RetryBudget.java",
                "tests/dev/retry/RetryBudgetTest.java")) {
            assertTrue(Files.isRegularFile(copy.path("grader/exercises/retry-budget/" + file)), file);
        }
        assertTrue(Files.isRegularFile(copy.path("exercises/retry-budget/README.md")));
        assertTrue(Files.isRegularFile(copy.path("exercises/retry-budget/pom.xml")));
        assertTrue(Files.isRegularFile(copy.path("grader/src/test/resources/scenarios/retry-budget/reference/expected.json")));
        assertArrayEquals(Files.readAllBytes(copy.path("grader/exercises/retry-budget/stub/dev/retry/RetryBudget.java")),
                Files.readAllBytes(copy.path("exercises/retry-budget/src/main/java/dev/retry/RetryBudget.java")));
        String pom = Files.readString(copy.path("exercises/pom.xml"));
        assertTrue(pom.contains("</module>\n    <module>retry-budget</module>\n  </modules>"), pom);
        JsonNode exercises = new ObjectMapper().readTree(copy.path("course/course.json").toFile())
                .path("parts").get(0).path("lessons").get(0).path("exercises");
        assertEquals("{\"id\":\"retry-budget\",\"title\":\"Retry budget\",\"minutes\":20}", exercises.get(exercises.size() - 1).toString());
        JsonNode spec = new ObjectMapper().readTree(copy.path("grader/exercises/retry-budget/exercise.json").toFile());
        assertEquals("05", spec.path("lesson").asText());
        assertEquals("dev.retry", spec.path("package").asText());

        assertEquals(ExitCode.OK, copy.loopback("validate", "--course"), copy.out.toString());
        assertTrue(copy.out.toString().contains((shipped + 1) + " exercises listed and present"), copy.out.toString());

        assertEquals(ExitCode.FAILED, copy.loopback("validate", "retry-budget"));
        String out = copy.out.toString();
        assertTrue(out.startsWith("FAIL  retry-budget:\n"), out);
        for (String file : List.of("grader/exercises/retry-budget/exercise.json:", "grader/exercises/retry-budget/rubric.json:",
                "grader/exercises/retry-budget/hints.md:", "grader/exercises/retry-budget/stub/dev/retry/RetryBudget.java:",
                "grader/exercises/retry-budget/tests/dev/retry/RetryBudgetTest.java:", "exercises/retry-budget/README.md:",
                "exercises/retry-budget/src/main/java/dev/retry/RetryBudget.java:",
                "grader/src/test/resources/scenarios/retry-budget/TODO.md:")) {
            assertTrue(out.contains("      - " + file), file + " in\n" + out);
        }
        assertTrue(out.contains("grader/exercises/retry-budget/exercise.json:6: TODO(author) one sentence on what the "
                + "learner builds left to fill\n"), out);
        assertTrue(out.contains("      - not graded yet: fill the "), out);
    }

    @Test
    void whatExistsOrIsInvalidIsRefusedWithTheFileNamedAndNothingWritten() throws IOException {
        RealCourseCopy copy = new RealCourseCopy(home);
        byte[] manifest = Files.readAllBytes(copy.path("course/course.json"));
        byte[] pom = Files.readAllBytes(copy.path("exercises/pom.xml"));

        assertEquals(ExitCode.USAGE, copy.loopback("new", "lesson", "05", "Sockets again"));
        assertTrue(copy.err.toString().contains("course/course.json already has lesson 05"), copy.err.toString());
        assertEquals(ExitCode.USAGE, copy.loopback("new", "lesson", "02", "HTTP"));
        assertTrue(copy.err.toString().contains("\"external\""), copy.err.toString());
        assertEquals(ExitCode.USAGE, copy.loopback("new", "lesson", "6", "Retries"));
        Files.createDirectories(copy.path("course/drills"));
        Files.writeString(copy.path("course/drills/07-timeouts.md"), "mine\n");
        assertEquals(ExitCode.USAGE, copy.loopback("new", "lesson", "07", "Timeouts"));
        assertTrue(copy.err.toString().contains("course/drills/07-timeouts.md already exists"), copy.err.toString());
        assertFalse(Files.exists(copy.path("course/lessons/07-timeouts.md")));

        assertEquals(ExitCode.USAGE, copy.loopback("new", "exercise", "pool-sizer", "--lesson", "05", "--package", "x"));
        assertTrue(copy.err.toString().contains("course/course.json already lists exercise \"pool-sizer\""), copy.err.toString());
        Files.createDirectories(copy.path("grader/exercises/orphan"));
        assertEquals(ExitCode.USAGE, copy.loopback("new", "exercise", "orphan", "--lesson", "05", "--package", "orphan"));
        assertTrue(copy.err.toString().contains("grader/exercises/orphan already exists"), copy.err.toString());
        assertEquals(ExitCode.USAGE, copy.loopback("new", "exercise", "Bad_Id", "--lesson", "05", "--package", "x"));
        assertTrue(copy.err.toString().contains("exercise id \"Bad_Id\""), copy.err.toString());
        for (String pkg : List.of("class", "Backoff", "dev..retry", "java.util")) {
            assertEquals(ExitCode.USAGE, copy.loopback("new", "exercise", "backoff", "--lesson", "05", "--package", pkg), pkg);
            assertTrue(copy.err.toString().contains("is not a Java package name"), copy.err.toString());
        }
        assertEquals(ExitCode.USAGE, copy.loopback("new", "exercise", "backoff", "--lesson", "09", "--package", "backoff"));
        assertTrue(copy.err.toString().contains("course/course.json has no lesson 09"), copy.err.toString());
        assertEquals(ExitCode.USAGE, copy.loopback("new", "exercise", "backoff", "--package", "backoff"));
        assertEquals(ExitCode.USAGE, copy.loopback("new", "chapter", "06"));

        assertArrayEquals(manifest, Files.readAllBytes(copy.path("course/course.json")));
        assertArrayEquals(pom, Files.readAllBytes(copy.path("exercises/pom.xml")));
        assertFalse(Files.exists(copy.path("grader/exercises/backoff")));
        assertFalse(Files.exists(copy.path("exercises/backoff")));
        try (var left = Files.list(copy.path("course"))) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }

    private static List<String> problems(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("      - ")).map(l -> l.substring(8)).toList();
    }
}
