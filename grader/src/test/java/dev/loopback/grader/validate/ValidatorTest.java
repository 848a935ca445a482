package dev.loopback.grader.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {
    @TempDir
    Path home;

    /** A copy of the sample course whose files a test may break. */
    private Workspace copy() throws IOException {
        try (Stream<Path> files = Files.walk(SampleCourse.HOME)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = home.resolve(SampleCourse.HOME.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Path stub = home.resolve("grader/exercises/sample/stub");
        try (Stream<Path> files = Files.walk(stub)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = home.resolve("exercises/sample/src/main/java").resolve(stub.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Files.createDirectories(home.resolve("course/lessons"));
        Files.writeString(home.resolve("course/lessons/05-network-sockets.md"),
                "# Lesson\n\n## Pool sizing via Little's Law\n\ntext\n\n### What a new connection costs\n");
        return Workspace.at(home).withState(home.resolve(".course"));
    }

    @Test
    void aCorrectExerciseIsValid() throws IOException {
        List<String> log = new ArrayList<>();

        Validation validation = new Validator(copy(), log::add).validate("sample", 2);

        assertEquals(List.of(), validation.problems());
        assertTrue(log.contains("sample: grading the reference solution, run 2 of 2"), log.toString());
    }

    @Test
    void rubricMistakesAreEachNamed() throws IOException {
        Workspace workspace = copy();
        Path rubric = workspace.graderExercises().resolve("sample/rubric.json");
        Files.writeString(rubric, Files.readString(rubric).replace("\"points\": 40", "\"points\": 30")
                .replace("\"id\": \"ports\"", "\"id\": \"port-range\"")
                .replace("What a new connection costs", "No such heading"));

        List<String> problems = new Validator(workspace, line -> { }).validate("sample", 1).problems();

        assertTrue(problems.contains("rubric.json: points add up to 90, not 100"), problems.toString());
        assertTrue(problems.contains("rubric criterion port-range has no hidden test tagged with it"), problems.toString());
        assertEquals(List.of("hidden test PortsTest.insideTheRange has tag \"ports\", which is no rubric criterion; it needs "
                + "exactly one @Tag naming a rubric criterion, one of [in-flight, port-range]"),
                problems.stream().filter(p -> p.contains("PortsTest.insideTheRange")).toList());
        assertTrue(problems.stream().anyMatch(p -> p.contains("links to section \"No such heading\"")), problems.toString());
    }

    @Test
    void aCriterionWithoutAHintLevelIsNamed() throws IOException {
        Workspace workspace = copy();
        Path rubric = workspace.graderExercises().resolve("sample/rubric.json");
        Files.writeString(rubric, Files.readString(rubric)
                .replace("\"hint\": \"Multiply requests per second by seconds per request, then round up.\",", "")
                .replace("\"hint\": \"Linux picks client ports from 32768 to 60999.\",",
                        "\"hints\": [\"Which ports does Linux pick?\", \" \"],"));

        List<String> problems = new Validator(workspace, line -> { }).validate("sample", 1).problems();

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("rubric.json: criterion in-flight has no hint level")),
                problems.toString());
        assertTrue(problems.contains("rubric.json: criterion ports has an empty hint level 2"), problems.toString());
    }

    @Test
    void theLearnersCopyMustBeTheStubByteForByte() throws IOException {
        Workspace workspace = copy();
        Path learner = workspace.exercises().resolve("sample/src/main/java");
        Path changed;
        try (Stream<Path> files = Files.walk(learner)) {
            changed = files.filter(f -> f.toString().endsWith(".java")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\n");
        Files.writeString(learner.resolve("sample/Extra.java"), "package sample;\nclass Extra {}\n");
        String name = learner.relativize(changed).toString();

        List<String> problems = new Validator(workspace, line -> { }).validate("sample", 1).problems();

        assertTrue(problems.contains("exercises/sample/src/main/java/" + name + " differs from grader/exercises/sample/stub/"
                + name + ": learners must start from the stub, byte for byte (copy the stub over it)"), problems.toString());
        assertTrue(problems.contains("exercises/sample/src/main/java/sample/Extra.java is not in grader/exercises/sample/stub: "
                + "learners must start from the stub alone"), problems.toString());
    }

    @Test
    void aReferenceThatLosesPointsIsReportedWithTheFailure() throws IOException {
        Workspace workspace = copy();
        Path solution = workspace.graderExercises().resolve("sample/solution/sample/Sizing.java");
        Files.writeString(solution, Files.readString(solution).replace("Math.ceil", "Math.floor"));

        List<String> problems = new Validator(workspace, line -> { }).validate("sample", 3).problems();

        assertTrue(problems.contains("reference solution (run 1) scored 40, expected 100"), problems.toString());
    }

    @Test
    void anInterruptStopsItBeforeTheNextReferenceRun() throws IOException {
        List<String> log = new ArrayList<>();
        Validator validator = new Validator(copy(), line -> {
            log.add(line);
            if (line.endsWith("run 1 of 3")) {
                Thread.currentThread().interrupt();
            }
        });

        Validation validation = validator.validate("sample", 3);

        assertTrue(Thread.interrupted(), "the interrupt is left for the shell to report");
        assertTrue(validation.cancelled());
        assertFalse(validation.valid());
        assertEquals("sample: grading the reference solution, run 1 of 3", log.get(log.size() - 1), log.toString());
    }
}
