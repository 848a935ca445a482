package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.runner.command.ExitCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course author adds Lesson 06 (lesson, quick check, drill with a labelled set, and an exercise with stub, solution,
 * hidden tests on the Seeded fixture, rubric, hints and golden scenarios) to a copy of the real course through the
 * scaffolds ({@code new lesson}, {@code new exercise}) and by filling their TODO(author) markers, as course/AUTHORING.md
 * describes: {@code validate} passes and the learner's commands work, with no Java change.
 */
class SecondLessonTest {
    @TempDir
    Path home;

    /**
     * Lesson 06 as an author adds it: {@code new lesson} and {@code new exercise} scaffold every file and entry, then
     * the author fills each TODO(author) with the content in {@code lesson-06/} (the scaffold's one test and
     * placeholder scenarios make way for the exercise's own), and no TODO(author) is left.
     */
    private RealCourseCopy courseWithLesson06() throws IOException {
        RealCourseCopy copy = new RealCourseCopy(home);
        assertEquals(ExitCode.OK, copy.loopback("new", "lesson", "06", "Retries"), copy.err.toString());
        assertEquals(ExitCode.OK, copy.loopback("new", "exercise", "backoff", "--lesson", "06", "--package", "backoff",
                "--minutes", "15"), copy.err.toString());
        Path files = files();
        fill(copy, files.resolve("course/lessons/06-retries.md"), "course/lessons/06-retries.md");
        fill(copy, files.resolve("course/checks/06-retries.md"), "course/checks/06-retries.md");
        fill(copy, files.resolve("course/drills/06-backoff.md"), "course/drills/06-retries.md");
        Files.delete(copy.path("grader/exercises/backoff/tests/backoff/BackoffTest.java"));
        Files.delete(copy.path("grader/src/test/resources/scenarios/backoff/TODO.md"));
        RealCourseCopy.copy(files.resolve("grader/exercises/backoff/tests"), copy.path("grader/exercises/backoff/tests"));
        for (String file : List.of("exercise.json", "rubric.json", "hints.md", "SOLUTION.md", "stub/backoff/Backoff.java",
                "solution/backoff/Backoff.java")) {
            fill(copy, files.resolve("grader/exercises/backoff/" + file), "grader/exercises/backoff/" + file);
        }
        for (String file : List.of("README.md", "src/main/java/backoff/Backoff.java")) {
            fill(copy, files.resolve("exercises/backoff/" + file), "exercises/backoff/" + file);
        }
        for (String scenario : List.of("reference", "stub")) { // the scaffold's name the criterion first-criterion
            Files.copy( files.resolve("scenarios/backoff/" + scenario + "/expected.json"),
                    copy.path("grader/src/test/resources/scenarios/backoff/" + scenario + "/expected.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        // The course's content and the exercise's files; AUTHORING.md names the marker in its instructions.
        assertEquals(List.of(), dev.loopback.runner.author.AuthorTodos.in(home, List.of(copy.path("course/course.json"),
                copy.path("course/lessons"), copy.path("course/checks"), copy.path("course/drills"),
                copy.path("exercises"), copy.path("grader"))));
        return copy;
    }

    /** The author writes {@code content} over the scaffold's {@code relative}, which must exist and hold a TODO(author). */
    private static void fill(RealCourseCopy copy, Path content, String relative) throws IOException {
        Path target = copy.path(relative);
        assertTrue(Files.readString(target).contains("TODO(author)"), relative + " was not scaffolded with a TODO(author)");
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path files() {
        try {
            return Path.of(SecondLessonTest.class.getResource("/lesson-06").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void validatePassesForTheNewLessonAndItsExercise() throws IOException {
        RealCourseCopy copy = courseWithLesson06();

        int course = copy.run(new ValidateCommand(), "--course");
        String courseOut = copy.out.toString();
        int exercise = copy.run(new ValidateCommand(), "backoff", "--runs", "1");

        assertEquals("OK    course: manifest, 2 lessons, quick check 05, quick check 06, drill 05, drill 06, "
                + "lesson conventions, " + copy.exerciseCount() + " exercises listed and present\n", courseOut);
        assertEquals(ExitCode.OK, course);
        assertEquals("OK    backoff: rubric, test mapping, lesson links, stub copy, stub baseline, reference 100 x 1\n",
                copy.out.toString(), copy.err.toString());
        assertEquals(ExitCode.OK, exercise);
    }

    @Test
    void theLearnersCommandsWorkOnTheNewLesson() throws IOException {
        RealCourseCopy copy = courseWithLesson06();

        assertEquals(ExitCode.OK, copy.loopback("outline"));
        assertTrue(copy.out.toString().contains("\n  06  Retries  10 min  not read yet\n"), copy.out.toString());
        assertTrue(copy.out.toString().contains("drill 06      Drill: Retries"), copy.out.toString());
        assertTrue(copy.out.toString().contains("open backoff  Backoff"), copy.out.toString());

        assertEquals(ExitCode.OK, copy.loopback("open", "06"));
        assertTrue(copy.out.toString().startsWith("Retries\n"), copy.out.toString());
        assertTrue(copy.err.toString().contains("Lesson 06 - Retries is marked read"), copy.err.toString());

        assertEquals(ExitCode.OK, copy.loopback("next"));
        assertFalse(copy.out.toString().isBlank());

        assertEquals(ExitCode.OK, copy.loopback("exercise", "backoff"));
        assertTrue(copy.out.toString().contains("100 ms doubled per attempt"), copy.out.toString());

        assertEquals(ExitCode.OK, copy.loopback("quiz", "06", "--answers", "B,A", "--json"));
        assertEquals(2, new ObjectMapper().readTree(copy.out.toString()).get("score").asInt(), copy.out.toString());

        Path answer = home.resolve("answer.txt");
        Files.writeString(answer, "Use exponential backoff, doubling the wait, and cap it at five seconds.\n");
        assertEquals(ExitCode.OK, copy.loopback("drill", "06", "--answer-file", answer.toString(), "--json"));
        JsonNode drill = new ObjectMapper().readTree(copy.out.toString());
        assertEquals(2, drill.get("score").asInt(), copy.out.toString());

        assertEquals(ExitCode.OK, copy.loopback("hint", "backoff"));
        assertTrue(copy.out.toString().contains("Lesson 06 - Exponential backoff"), copy.out.toString());
    }

    @Test
    void aPassingSubmissionAndTheMessagesNameTheExercisesOwnLesson() throws IOException {
        RealCourseCopy copy = courseWithLesson06();
        Path learner = copy.path("exercises/backoff/src/main/java/backoff/Backoff.java");
        Files.writeString(learner, Files.readString(copy.path("grader/exercises/backoff/solution/backoff/Backoff.java"))
                .replace("Math.min(attempt, 6)", "attempt"));

        assertEquals(ExitCode.FAILED, copy.loopback("submit", "backoff"));
        assertTrue(copy.out.toString().contains("See Lesson 06 - Capping the delay"), copy.out.toString());

        Files.copy(copy.path("grader/exercises/backoff/solution/backoff/Backoff.java"), learner,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(ExitCode.OK, copy.loopback("submit", "backoff"), copy.out.toString());

        Files.delete(copy.path("grader/exercises/backoff/hints.md"));
        assertEquals(ExitCode.OK, copy.loopback("hint", "backoff"));
        assertEquals("This exercise has no hints; its README and Lesson 06 are the place to look.\n", copy.out.toString());
    }

    @Test
    void theAuthorMeasuresTheNewDrillOnALabelledSet() throws IOException {
        RealCourseCopy copy = courseWithLesson06();
        RealCourseCopy.copy(files().resolve("labels"), copy.path("labels-06"));

        int status = copy.loopback("validate", "--drill", "06", "--labels", "labels-06");

        String out = copy.out.toString();
        assertTrue(out.startsWith("Drill 06 agreement with labels (3 answers):\n"), out);
        assertTrue(out.contains("  backoff 100.0%  3/3  []\n"), out);
        assertTrue(out.contains("  cap     100.0%  3/3  []\n"), out);
        assertTrue(out.endsWith("OK    drill 06: every criterion at 90% or more on 3 answers\n"), out);
        assertEquals(ExitCode.OK, status);

        Files.writeString(copy.path("labels-06/03-wrong.txt"), "met: cap\n---\nThe client needs more threads.\n");
        assertEquals(ExitCode.FAILED, copy.loopback("validate", "--drill", "06", "--labels", "labels-06"));
        assertTrue(copy.out.toString().contains("  cap      66.7%  2/3  [03-wrong.txt (scored not met)]\n"), copy.out.toString());
        assertTrue(copy.out.toString().contains("FAIL  drill 06: below 90% agreement: cap"), copy.out.toString());

        assertEquals(ExitCode.FAILED, copy.loopback("validate", "--drill", "06"));
        assertTrue(copy.out.toString().startsWith("FAIL  drill 06: no labelled set in course/drills/06-labelled"),
                copy.out.toString());
    }
}
