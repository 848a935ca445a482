package dev.loopback.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExercisesTest {
    @TempDir
    Path root;

    private void write(String file, String text) throws Exception {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    @Test
    void missingLimitsTakeTheDefaults() throws Exception {
        write("x/exercise.json", "{\"id\":\"x\",\"title\":\"X\",\"lesson\":\"05\",\"package\":\"x\",\"limits\":{\"heapMb\":64}}");
        write("x/rubric.json", "{\"exercise\":\"x\",\"passMark\":100,\"criteria\":[{\"id\":\"a\",\"points\":100}]}");

        Limits limits = new Exercises(root).load("x").spec().limits();

        assertEquals(new Limits(60, 10, 64, 512, 256), limits);
    }

    @Test
    void aBrokenFileIsNamedInTheErrorWithTheLineAndColumnOfTheMistake() throws Exception {
        write("x/exercise.json", "{\"id\": \"x\",\n  \"title\": \"X\"\n  \"lesson\": \"05\"\n}");
        write("x/rubric.json", "{}");

        ExerciseException e = assertThrows(ExerciseException.class, () -> new Exercises(root).load("x"));

        assertTrue(e.getMessage().contains("x/exercise.json:3:3: not valid: "), e.getMessage());
    }

    @Test
    void anUnknownPolicyCategoryIsNamedWithTheOnesThatExist() throws Exception {
        write("x/exercise.json", "{\"id\":\"x\",\"title\":\"X\",\"lesson\":\"05\",\"package\":\"x\",\"allow\":[\"socket\"]}");
        write("x/rubric.json", "{\"exercise\":\"x\",\"passMark\":100,\"criteria\":[{\"id\":\"a\",\"points\":100}]}");

        ExerciseException e = assertThrows(ExerciseException.class, () -> new Exercises(root).load("x"));

        assertTrue(e.getMessage().contains("x/exercise.json: \"allow\": \"socket\" is not a category an exercise can allow"),
                e.getMessage());
        assertTrue(e.getMessage().contains("sockets"), e.getMessage());
    }

    @Test
    void allowedCategoriesReachThePolicy() throws Exception {
        write("x/exercise.json", "{\"id\":\"x\",\"title\":\"X\",\"lesson\":\"05\",\"package\":\"x\",\"allow\":[\"sockets\"]}");
        write("x/rubric.json", "{\"exercise\":\"x\",\"passMark\":100,\"criteria\":[{\"id\":\"a\",\"points\":100}]}");

        assertEquals(java.util.Set.of(dev.loopback.grader.policy.Category.SOCKETS),
                new Exercises(root).load("x").spec().policy().allowed());
    }

    @Test
    void aCriterionsHintsAreItsLevelsAndAnOldSingleHintIsOneLevel() throws Exception {
        write("x/exercise.json", "{\"id\":\"x\",\"title\":\"X\",\"lesson\":\"05\",\"package\":\"x\"}");
        write("x/rubric.json", "{\"exercise\":\"x\",\"passMark\":100,\"criteria\":["
                + "{\"id\":\"a\",\"points\":50,\"hints\":[\"nudge\",\"concrete\",\"recipe\"]},"
                + "{\"id\":\"b\",\"points\":50,\"hint\":\"the old single hint\"},"
                + "{\"id\":\"c\",\"points\":0}]}");

        Rubric rubric = new Exercises(root).load("x").rubric();

        assertEquals(List.of("nudge", "concrete", "recipe"), rubric.criterion("a").orElseThrow().hints());
        assertEquals("recipe", rubric.criterion("a").orElseThrow().hint());
        assertEquals(List.of("the old single hint"), rubric.criterion("b").orElseThrow().hints());
        assertEquals(List.of(), rubric.criterion("c").orElseThrow().hints());
    }

    @Test
    void everyShippedCriterionHasANudgeAConcreteHintAndTheRecipe() {
        Exercises shipped = new Exercises(dev.loopback.grader.Workspace.find(Path.of("")).orElseThrow().graderExercises());
        assertTrue(shipped.ids().containsAll(List.of("pool-sizer", "handshake-timer", "fd-leak", "error-doctor", "keepalive-pool")),
                shipped.ids().toString());
        for (String id : shipped.ids()) {
            for (Criterion c : shipped.load(id).rubric().criteria()) {
                assertEquals(3, c.hints().size(), id + " " + c.id() + ": " + c.hints());
            }
        }
        assertTrue(shipped.load("pool-sizer").rubric().criterion("exact-arithmetic").orElseThrow().hint()
                .contains("RoundingMode.CEILING"), "the recipe is the last level");
    }

    @Test
    void hintLevelsAreTheHintSectionsInOrder() {
        List<String> levels = Hints.parse(List.of("# Hints", "", "## Hint 1", "Think.", "", "## Hint 2", "Compute.",
                "## Notes", "not a hint"));

        assertEquals(List.of("Think.", "Compute."), levels);
    }
}
