package dev.loopback.grader.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.Workspace;
import dev.loopback.grader.exercise.Exercise;
import dev.loopback.grader.exercise.Exercises;
import dev.loopback.grader.report.ExercismReport;
import dev.loopback.grader.rubric.CriterionResult;
import dev.loopback.grader.rubric.Scoring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exercism's task_id points at a numbered task heading ({@code ## N. ...}) of the real task pages. */
class TaskPagesTest {
    private static final Workspace COURSE = Workspace.find(Path.of("")).orElseThrow();

    @TempDir
    Path temp;

    static List<String> exercises() {
        return new Exercises(COURSE.graderExercises()).ids();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void everyExercismTaskIdNamesTheTaskHeadingOfItsCriterion(String id) throws Exception {
        Exercise exercise = new Exercises(COURSE.graderExercises()).load(id);
        Path page = COURSE.exercises().resolve(id).resolve("README.md");
        List<TaskPage.Task> tasks = TaskPage.tasks(page);
        List<CriterionResult> criteria = Scoring.notGraded(exercise.rubric(), "not graded");
        GradeResult result = new GradeResult(id, exercise.spec().title(), exercise.spec().lesson(), true, 0, 100, 100,
                false, 1, criteria, List.of(), List.of(), List.of(), List.of(), "", COURSE.home(), Instant.EPOCH, false,
                null, 1L);

        JsonNode exercism = new ObjectMapper().readTree(ExercismReport.render(result));

        assertEquals(exercise.rubric().criteria().size(), tasks.size(), page + ": one numbered task per criterion");
        for (JsonNode test : exercism.path("tests")) {
            int taskId = test.path("task_id").asInt();
            List<TaskPage.Task> headed = tasks.stream().filter(t -> t.number() == taskId).toList();
            assertEquals(1, headed.size(), page + ": exactly one \"## " + taskId + ". \" heading");
            assertEquals(test.path("name").asText(), headed.get(0).title(), page + " task " + taskId);
        }
        assertEquals(List.of(), TaskPage.check(exercise, page), "validate agrees");
    }

    @Test
    void validateNamesATaskPageOutOfStepWithTheRubric() throws IOException {
        Exercise sample = new Exercises(SampleCourse.HOME.resolve("grader/exercises")).load("sample");
        Path page = temp.resolve("README.md");
        Files.writeString(page, "# Sample\n\n## 1. Ephemeral ports\n\ntext\n\n```\n## 2. In a code block\n```\n\n"
                + "## 2. In flight\n\ntext\n\n## Submit\n");

        List<String> problems = TaskPage.check(sample, page);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("task 1 is \"## 1. Ephemeral ports\", but rubric criterion 1 is in-flight: "
                + "expected \"## 1. In flight\""), problems.toString());
        assertFalse(problems.toString().contains("In a code block"), problems.toString());
    }

    @Test
    void aTaskPageWithTheRubricsTasksInOrderIsValid() throws IOException {
        Exercise sample = new Exercises(SampleCourse.HOME.resolve("grader/exercises")).load("sample");
        Path page = temp.resolve("README.md");
        Files.writeString(page, "# Sample\n\n## 1. In flight\n\ntext\n\n## 2. Ephemeral ports\n\ntext\n");

        assertEquals(List.of(), TaskPage.check(sample, page));
        assertEquals(List.of("exercises/sample/README.md: no task heading \"## 1. In flight\" for rubric criterion "
                + "in-flight (Exercism's task_id 1 points at it)", "exercises/sample/README.md: no task heading "
                + "\"## 2. Ephemeral ports\" for rubric criterion ports (Exercism's task_id 2 points at it)"),
                TaskPage.check(sample, Files.writeString(temp.resolve("EMPTY.md"), "# Sample\n")));
    }
}
