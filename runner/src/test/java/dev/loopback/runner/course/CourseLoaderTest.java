package dev.loopback.runner.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLoaderTest {
    @TempDir
    Path home;

    private Path course() {
        return Fixtures.sampleCopy(home).resolve("course");
    }

    private List<String> problemsAfter(String from, String to) throws IOException {
        Path manifest = course().resolve("course.json");
        String json = Files.readString(manifest);
        assertTrue(json.contains(from), "the sample manifest should contain " + from);
        Files.writeString(manifest, json.replace(from, to));
        return assertInstanceOf(CourseLoad.Broken.class, CourseLoader.load(manifest.getParent())).problems();
    }

    @Test
    void loadsTheSampleCourseWithItsLessonCheckDrillAndExercises() {
        Course course = assertInstanceOf(CourseLoad.Loaded.class, CourseLoader.load(course())).course();
        assertEquals("API Design", course.title());
        assertEquals("network-sockets", course.lesson("05").orElseThrow().id());
        assertEquals("05", course.lesson("network-sockets").orElseThrow().number());
        assertEquals("05", course.lesson("5").orElseThrow().number());
        assertEquals(List.of("pool-sizer", "handshake-timer", "fd-leak"),
                course.exercises().stream().map(ExerciseRef::id).toList());
        assertEquals("HTTP from 1.0 to 3", course.external("02").orElseThrow().title());
    }

    @Test
    void aMissingLessonFileIsReportedWithItsPath() throws IOException {
        assertEquals(List.of("course/course.json: parts[0].lessons[0].file: lessons/05-x.md does not exist"),
                problemsAfter("lessons/05-network-sockets.md", "lessons/05-x.md"));
    }

    @Test
    void aMissingCheckFileIsReported() throws IOException {
        assertEquals(List.of("course/course.json: parts[0].lessons[0].quickCheck.file: checks/none.md does not exist"),
                problemsAfter("checks/05-network-sockets.md", "checks/none.md"));
    }

    @Test
    void aFileOutsideTheCourseFolderIsRejected() throws IOException {
        assertEquals(List.of("course/course.json: parts[0].lessons[0].drill.file: ../pom.xml points outside the course folder"),
                problemsAfter("drills/05-cold-start.md", "../pom.xml"));
    }

    @Test
    void aDuplicateExerciseIdNamesBothPlaces() throws IOException {
        assertEquals(List.of("course/course.json: parts[0].lessons[0].exercises[2].id: duplicate exercise id \"pool-sizer\""
                        + " (first used at parts[0].lessons[0].exercises[0].id)"),
                problemsAfter("\"fd-leak\"", "\"pool-sizer\""));
    }

    @Test
    void aPrerequisiteNeitherShippedNorExternalIsReported() throws IOException {
        assertEquals(List.of("course/course.json: parts[0].lessons[0].prerequisites[0]: lesson 03 is neither in this course"
                        + " nor listed under \"external\""),
                problemsAfter("\"prerequisites\": [\"02\"]", "\"prerequisites\": [\"03\"]"));
    }

    @Test
    void implausibleMinutesAreReported() throws IOException {
        assertEquals(List.of("course/course.json: parts[0].lessons[0].minutes: 0 is not a sensible estimate (1 to 600 minutes)"),
                problemsAfter("\"minutes\": 11", "\"minutes\": 0"));
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithItsPath() throws IOException {
        assertEquals(List.of("course/course.json: parts[0].lessons[0].minutes: wrong type, expected a number"),
                problemsAfter("\"minutes\": 11", "\"minutes\": \"eleven\""));
    }

    @Test
    void anUnknownFieldIsReportedWithTheKnownOnes() throws IOException {
        List<String> problems = problemsAfter("\"difficulty\"", "\"dificulty\"");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("course/course.json: parts[0].lessons[0].dificulty: unknown field; expected one of"),
                problems.get(0));
        assertTrue(problems.get(0).contains("difficulty"), problems.get(0));
    }

    @Test
    void aNewerSchemaAsksForANewerRunner() throws IOException {
        assertEquals(List.of("course/course.json: schema: 2 is not understood; this runner reads schema 1 (update the runner: git pull)"),
                problemsAfter("\"schema\": 1", "\"schema\": 2"));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        List<String> problems = problemsAfter("\"title\": \"Pool sizer\", \"minutes\": 25", "\"minutes\": 9999");
        assertEquals(List.of("course/course.json: parts[0].lessons[0].exercises[0].title: missing",
                "course/course.json: parts[0].lessons[0].exercises[0].minutes: 9999 is not a sensible estimate (1 to 600 minutes)"),
                problems);
    }

    @Test
    void brokenJsonNamesTheLine() throws IOException {
        List<String> problems = problemsAfter("\"schema\": 1,", "\"schema\": 1");
        assertTrue(problems.get(0).startsWith("course/course.json: line 3, column"), problems.get(0));
    }

    @Test
    void aMissingManifestSaysWhereItLooked() {
        List<String> problems = assertInstanceOf(CourseLoad.Broken.class, CourseLoader.load(home.resolve("course"))).problems();
        assertTrue(problems.get(0).startsWith("course/course.json: file not found"), problems.get(0));
    }

    @Test
    void theRepositorysOwnCourseIsValid() {
        CourseLoad load = CourseLoader.load(Fixtures.courseHome().resolve("course"));
        assertInstanceOf(CourseLoad.Loaded.class, load, load.toString());
    }
}
