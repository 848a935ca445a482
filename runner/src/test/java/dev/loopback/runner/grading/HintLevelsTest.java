package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.Workspace;
import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.exercise.Rubric;
import dev.loopback.runner.command.Command;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.ShippedCourse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hint levels on the shipped pool-sizer, its untouched stub graded for real, each command a fresh run of the runner. */
class HintLevelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;
    Workspace workspace;
    Rubric rubric;
    int status;

    @BeforeEach
    void shippedCourse() {
        workspace = ShippedCourse.copyTo(root);
        rubric = new Exercises(workspace.graderExercises()).load("pool-sizer").rubric();
    }

    /** What {@code command} printed, every run of white space as one space (the report wraps to 80 columns). */
    private String run(Command command, String... args) {
        CapturedConsole console = CapturedConsole.piped("");
        status = command.run(List.of(args), console.session(workspace));
        return flat(console.out());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private List<String> levels(String criterion) {
        return rubric.criterion(criterion).orElseThrow().hints().stream().map(HintLevelsTest::flat).toList();
    }

    private JsonNode progress() throws IOException {
        return JSON.readTree(workspace.state().resolve("progress.json").toFile());
    }

    private JsonNode criterionHints(String criterion) throws IOException {
        return progress().path("criterionHints").path("pool-sizer").path(criterion);
    }

    @Test
    void theFirstSubmitOfTheStubShowsNoHintTextAndSaysHowToUnlockOne() {
        String report = run(new SubmitCommand(), "pool-sizer");

        assertEquals(ExitCode.FAILED, status, report);
        assertFalse(report.contains("RoundingMode.CEILING"), "the exact-arithmetic recipe: " + report);
        for (Criterion c : rubric.criteria()) {
            assertTrue(report.contains("FAIL " + c.title()), report);
            levels(c.id()).forEach(level -> assertFalse(report.contains(level), "locked level shown: " + level));
        }
        assertTrue(report.contains("See Lesson 05 - Pool sizing via Little's Law Stuck? hint pool-sizer shows one."), report);
        assertTrue(report.contains("See Lesson 05 - The file-descriptor ceiling"), report);
    }

    @Test
    void hintUnlocksTheNextLevelOfEachFailingCriterionAndTheReportsShowIt() throws IOException {
        run(new SubmitCommand(), "pool-sizer");

        String hint = run(new HintCommand(), "pool-sizer");

        assertEquals(ExitCode.OK, status, hint);
        assertTrue(hint.contains("Little's Law (littles-law) - hint 1 of 3 " + levels("littles-law").get(0)), hint);
        assertTrue(hint.contains("Keep-alive margin (keepalive-margin) - hint 1 of 3"), hint);
        assertFalse(hint.contains(levels("littles-law").get(1)), hint);
        assertEquals(1, criterionHints("littles-law").path("unlocked").asInt());

        String report = run(new SubmitCommand(), "pool-sizer");

        assertTrue(report.contains("Hint 1 of 3: " + levels("littles-law").get(0)), report);
        assertTrue(report.contains("Hint 1 of 3: " + levels("exact-arithmetic").get(0)), report);
        assertFalse(report.contains(levels("littles-law").get(1)), report);
        assertFalse(report.contains("RoundingMode.CEILING"), report);
        assertTrue(report.contains("hint pool-sizer shows hint 2 of 3."), report);

        run(new HintCommand(), "pool-sizer", "exact-arithmetic");
        String last = run(new HintCommand(), "pool-sizer", "exact-arithmetic");
        assertTrue(last.contains("Exact arithmetic (exact-arithmetic) - hint 3 of 3"), last);
        assertTrue(last.contains("That is the last hint for Exact arithmetic"), last);
        JsonNode json = JSON.readTree(run(new SubmitCommand(), "pool-sizer", "--json"));

        JsonNode law = json.path("criteria").get(0);
        JsonNode exact = json.path("criteria").get(2);
        assertEquals("littles-law", law.path("id").asText());
        assertEquals(List.of(levels("littles-law").get(0)), texts(law.path("hints")));
        assertEquals(3, law.path("hintLevels").asInt());
        assertEquals("hint pool-sizer", law.path("nextHint").asText());
        assertEquals("Pool sizing via Little's Law", law.path("section").asText());
        assertEquals(levels("exact-arithmetic"), texts(exact.path("hints")));
        assertTrue(exact.path("nextHint").isMissingNode(), exact.toString());
        assertEquals(1, json.path("criteria").get(1).path("hints").size(), "headroom got its first level too");
    }

    @Test
    void threeFailedSubmissionsUnlockTheFirstLevelByThemselvesAndInstructorFormatsCarryEveryLevel() throws IOException {
        JsonNode gradescope = JSON.readTree(run(new SubmitCommand(), "pool-sizer", "--format", "gradescope"));
        JsonNode exercism = JSON.readTree(run(new SubmitCommand(), "pool-sizer", "--format", "exercism"));

        String gradescopeLaw = flat(gradescope.path("tests").get(0).path("output").asText());
        String exercismLaw = flat(exercism.path("tests").get(0).path("message").asText());
        for (String text : List.of(gradescopeLaw, exercismLaw)) {
            assertTrue(text.contains("Hint 1 of 3: " + levels("littles-law").get(0)), text);
            assertTrue(text.contains("Hint 2 of 3: " + levels("littles-law").get(1)), text);
            assertTrue(text.contains("Hint 3 of 3: " + levels("littles-law").get(2)), text);
        }
        assertTrue(flat(gradescope.path("tests").get(2).path("output").asText()).contains("RoundingMode.CEILING"));
        assertEquals(2, criterionHints("littles-law").path("failures").asInt());
        assertEquals(0, criterionHints("littles-law").path("unlocked").asInt(), "not yet after two failures");

        String third = run(new SubmitCommand(), "pool-sizer");

        assertTrue(third.contains("Hint 1 of 3: " + levels("littles-law").get(0)), third);
        assertTrue(third.contains("Hint 1 of 3: " + levels("validation").get(0)), third);
        assertFalse(third.contains(levels("littles-law").get(1)), third);
        assertFalse(third.contains("RoundingMode.CEILING"), third);
        assertEquals(3, criterionHints("littles-law").path("failures").asInt());
        assertEquals(1, criterionHints("littles-law").path("unlocked").asInt());
        assertTrue(criterionHints("littles-law").path("failing").asBoolean());
    }

    @Test
    void beforeAnySubmissionHintShowsTheExerciseWideHintsAndUnlocksNoCriterion() throws IOException {
        String hint = run(new HintCommand(), "pool-sizer");

        assertEquals(ExitCode.OK, status);
        assertTrue(hint.contains("Hints for the exercise as a whole (submit pool-sizer first"), hint);
        assertTrue(hint.contains("Hint 1 of 3"), hint);
        assertEquals(1, progress().path("hints").path("pool-sizer").asInt());
        assertTrue(progress().path("criterionHints").path("pool-sizer").isMissingNode()
                || progress().path("criterionHints").path("pool-sizer").isEmpty(), progress().toString());
    }

    @Test
    void anUnknownCriterionIsAUsageErrorNamingTheCriteria() {
        CapturedConsole console = CapturedConsole.piped("");

        assertEquals(ExitCode.USAGE, new HintCommand().run(List.of("pool-sizer", "little"), console.session(workspace)));
        assertTrue(console.err().contains("No criterion 'little' in pool-sizer; its criteria are: littles-law, headroom"),
                console.err());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(flat(node.asText())));
        return texts;
    }
}
