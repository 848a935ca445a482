package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.Fixtures;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.CourseLoad;
import dev.loopback.runner.course.CourseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path home;

    @Test
    void aValidExerciseIsReportedOkOnStdoutWithProgressOnStderr() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        int status = fixture.run(new ValidateCommand(), "sample", "--runs", "1");

        assertTrue(Fixtures.unwrapped(fixture.out).startsWith("OK    sample: rubric, test mapping, lesson links, stub copy, stub baseline, "
                + "reference 100 x 1"), fixture.out + "\n" + fixture.err);
        assertTrue(fixture.err.toString().contains("sample: grading the reference solution, run 1 of 1"));
        assertEquals(ExitCode.OK, status);
    }

    @Test
    void aBadOptionOrExerciseIsAUsageError() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        assertEquals(ExitCode.USAGE, fixture.run(new ValidateCommand(), "--runs", "many"));
        assertEquals(ExitCode.USAGE, fixture.run(new ValidateCommand(), "no-such-exercise"));
    }

    @Test
    void aCtrlCStopsBeforeAnyGradingAndLeavesTheCancelledMessageToTheShell() {
        GradingFixture fixture = new GradingFixture(home, "stub");
        Thread.currentThread().interrupt();

        int status = fixture.run(new ValidateCommand(), "sample", "--runs", "3");

        assertTrue(Thread.interrupted());
        assertEquals(ExitCode.FAILED, status);
        assertEquals("", fixture.out.toString());
        assertFalse(fixture.err.toString().contains("reference solution, run 1"), fixture.err.toString());
    }

    @Test
    void withoutAnExerciseTheCourseItselfIsCheckedFirst() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        int status = fixture.run(new ValidateCommand(), "--runs", "1");

        assertTrue(fixture.out.toString().replace("\n", " ").startsWith("OK    course: manifest, 1 lesson, lesson "
                + "conventions, 1 exercise listed and present OK    sample: "), fixture.out.toString());
        assertEquals(ExitCode.OK, status, fixture.out + "\n" + fixture.err);
    }

    @Test
    void theRealCoursePassesTheCourseCheckWhateverLessonsItHas() {
        RealCourseCopy copy = new RealCourseCopy(home);
        Course course = ((CourseLoad.Loaded) CourseLoader.load(copy.path("course"))).course();
        List<String> expected = new ArrayList<>(List.of("manifest", course.lessons().size()
                + (course.lessons().size() == 1 ? " lesson" : " lessons")));
        course.lessons().stream().filter(l -> l.quickCheck() != null).forEach(l -> expected.add("quick check " + l.quickCheck().id()));
        course.lessons().stream().filter(l -> l.drill() != null).forEach(l -> expected.add("drill " + l.drill().id()));
        expected.add("lesson conventions");
        expected.add(course.exercises().size() + " exercises listed and present");

        int status = copy.run(new ValidateCommand(), "--course");

        assertEquals("OK    course: " + String.join(", ", expected) + "\n", copy.out.toString());
        assertEquals(ExitCode.OK, status, copy.out + "\n" + copy.err);
    }

    @Test
    void aBrokenDrillFileIsNamedByFileAndLineAndFailsTheRun() throws IOException {
        RealCourseCopy copy = new RealCourseCopy(home);
        Path drill = copy.path("course/drills/05-cold-start.md");
        Files.writeString(drill, Files.readString(drill).replace("# Drill: explain a slow cold start", "# A slow cold start"));

        int status = copy.run(new ValidateCommand(), "--course");

        assertTrue(copy.out.toString().startsWith("FAIL  course:\n      - course/drills/05-cold-start.md:1: "),
                copy.out.toString());
        assertEquals(ExitCode.FAILED, status);
    }

    @Test
    void calibratingTheDrillWritesTheSameFileTwiceAndPrintsEachGroupsAgreement() throws IOException {
        RealCourseCopy copy = new RealCourseCopy(home);
        Path file = copy.path("course/drills/05-cold-start.calibration.json");
        Files.delete(file);

        assertEquals(ExitCode.OK, copy.run(new ValidateCommand(), "--drill", "05", "--calibrate"), copy.out.toString());
        String out = copy.out.toString();
        String first = Files.readString(file);
        assertTrue(out.contains("  mean               rules 81.2/83.6/89.2/90.4 nc 141/451 | calibrated 94.7/93.3/93.7/97.8"
                + " nc 38/451"), out);
        assertTrue(out.endsWith("OK    drill 05: wrote course/drills/05-cold-start.calibration.json (1285 training"
                + " answers, pool of 1285)\n"), out);
        assertEquals(ExitCode.OK, copy.run(new ValidateCommand(), "--drill", "05", "--calibrate"), copy.out.toString());
        assertEquals(first, Files.readString(file), "the fit is deterministic");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file is left behind");
        }

        assertEquals(ExitCode.USAGE, copy.run(new ValidateCommand(), "--calibrate"));
        assertEquals(ExitCode.USAGE, copy.run(new ValidateCommand(), "--drill", "05", "--calibrate", "--labels", "x"));
    }

    @Test
    void theManifestAndTheExerciseFoldersMustAgree() throws IOException {
        RealCourseCopy copy = new RealCourseCopy(home);
        copy.edit("course/course.json", "{ \"id\": \"fd-leak\", \"title\": \"File-descriptor leak fix\", \"minutes\": 40 }",
                "{ \"id\": \"fd-leak\", \"title\": \"File-descriptor leak fix\", \"minutes\": 40 },\n"
                        + "            { \"id\": \"retry-budget\", \"title\": \"Retry budget\", \"minutes\": 20 }");
        copy.edit("course/course.json", "            { \"id\": \"handshake-timer\", \"title\": \"Handshake timer\", \"minutes\": 35 },\n", "");
        copy.edit("grader/exercises/pool-sizer/exercise.json", "\"lesson\": \"05\"", "\"lesson\": \"06\"");
        copy.edit("exercises/pom.xml", "<module>fd-leak</module>", "");

        int status = copy.run(new ValidateCommand(), "--course");

        assertEquals(List.of(
                "grader/exercises/pool-sizer/exercise.json: \"lesson\" is \"06\", but course/course.json lists pool-sizer "
                        + "under lesson 05",
                "exercises/pom.xml does not list <module>fd-leak</module>: learners could not run its visible examples "
                        + "with mvn -f exercises/pom.xml test -pl fd-leak",
                "course/course.json: lesson 05 lists exercise \"retry-budget\", but grader/exercises/retry-budget/exercise.json "
                        + "does not exist",
                "grader/exercises/handshake-timer/exercise.json: exercise \"handshake-timer\" is not listed under any "
                        + "lesson's \"exercises\" in course/course.json, so learners never see it in outline or next"),
                problems(copy.out.toString()).stream().filter(p -> !p.startsWith("course/lessons/")).toList());
        // The lesson's Practice section no longer matches the manifest either, and the lesson check says so.
        int practice = Files.readAllLines(copy.path("course/lessons/05-network-sockets.md")).indexOf("## Practice") + 1;
        assertTrue(problems(copy.out.toString()).contains("course/lessons/05-network-sockets.md:" + practice + ": '## Practice' does not "
                + "name exercise 'retry-budget', which the manifest lists for Lesson 05: add a line for each with the "
                + "command that opens it"), copy.out.toString());
        assertEquals(ExitCode.FAILED, status);
    }

    @Test
    void validatingOneExerciseAlsoChecksItsManifestEntryAndItsModule() throws IOException {
        GradingFixture fixture = new GradingFixture(home, "stub");
        Files.writeString(home.resolve("exercises/pom.xml"), "<project><modules></modules></project>\n");

        int status = fixture.run(new ValidateCommand(), "sample", "--runs", "1");

        assertEquals(List.of("exercises/pom.xml does not list <module>sample</module>: learners could not run its visible "
                + "examples with mvn -f exercises/pom.xml test -pl sample"), problems(fixture.out.toString()));
        assertEquals(ExitCode.FAILED, status);
    }

    /** The "      - problem" lines of a report. */
    private static List<String> problems(String out) {
        List<String> problems = new ArrayList<>();
        for (String line : out.lines().toList()) {
            if (line.startsWith("      - ")) {
                problems.add(line.substring(8));
            } else if (line.startsWith("        ") && !problems.isEmpty()) {
                problems.set(problems.size() - 1, problems.get(problems.size() - 1) + " " + line.strip());
            }
        }
        return problems;
    }
}
