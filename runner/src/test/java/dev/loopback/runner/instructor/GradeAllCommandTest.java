package dev.loopback.runner.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopback.grader.report.GradescopeReport;
import dev.loopback.runner.Fixtures;
import dev.loopback.runner.command.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** grade-all's batch mechanics, with a stand-in grading function that scores a submission by what its source says. */
class GradeAllCommandTest {
    @TempDir
    Path root;
    private ClassFolder classFolder;
    private final ConcurrentLinkedQueue<String> graded = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void classOfThree() throws IOException {
        classFolder = new ClassFolder(root)
                .source("ada", "pool-sizer", "score 100")
                .source("ada", "fd-leak", "score 40")
                .source("bob", "pool-sizer", "does not compile")
                .source("cy", "pool-sizer", "breaks the grader");
    }

    private int gradeAll(String... args) {
        GradeAllCommand command = new GradeAllCommand((workspace, sandbox, folder) -> this::fakeGrade);
        return command.run(List.of(args), classFolder.session());
    }

    private Graded fakeGrade(Submission submission) {
        graded.add(submission.label());
        String source = read(submission.sources().resolve("pkg/Answer.java"));
        if (source.startsWith("breaks")) {
            throw new IllegalStateException("hidden tests missing");
        }
        if (source.startsWith("does not")) {
            return new Graded(Graded.Status.DID_NOT_COMPILE, "Answer.java:1: ';' expected",
                    SubmitJson.ungraded(submission.exercise(), "Answer.java:1: ';' expected", 5),
                    GradescopeReport.ungraded(submission.exercise(), "Answer.java:1: ';' expected", 100, 5));
        }
        int score = Integer.parseInt(source.substring("score ".length()).strip());
        String json = "{\"exercise\":\"" + submission.exercise() + "\",\"compiled\":true,\"score\":" + score
                + ",\"maxScore\":100,\"passed\":" + (score == 100) + ",\"durationMs\":1500,\"criteria\":["
                + "{\"id\":\"a\",\"title\":\"Part A\",\"points\":40,\"earned\":40,\"passed\":true,\"feedback\":\"\"},"
                + "{\"id\":\"b\",\"title\":\"Part B\",\"points\":60,\"earned\":" + (score - 40) + ",\"passed\":" + (score == 100)
                + ",\"feedback\":\"See Lesson 05\"}],\"diagnostics\":[]}";
        String gradescope = "{\"score\":" + score + ",\"max_score\":100,\"execution_time\":1.5,\"output\":\"\","
                + "\"output_format\":\"md\",\"tests\":[{\"name\":\"Part A\",\"number\":\"a\",\"score\":40,"
                + "\"max_score\":40,\"status\":\"passed\",\"output\":\"\"},{\"name\":\"Part B\",\"number\":\"b\","
                + "\"score\":" + (score - 40) + ",\"max_score\":60,\"status\":\"" + (score == 100 ? "passed" : "failed")
                + "\",\"output\":\"See Lesson 05\"}]}";
        return new Graded(Graded.Status.GRADED, "", json, gradescope);
    }

    @Test
    void everySubmissionGetsARowEvenWhenOneBreaksTheGrader() throws IOException {
        assertEquals(ExitCode.OK, gradeAll(classFolder.folder.toString(), "--jobs", "2"));

        List<String> csv = Files.readAllLines(classFolder.grades().resolve("summary.csv"));
        assertEquals(List.of("learner,exercise,score,status,criteria failed,time",
                "ada,fd-leak,40/100,graded,b,1.5 s",
                "ada,pool-sizer,100/100,graded,,1.5 s",
                "bob,pool-sizer,0/100,did not compile,,0.0 s"), csv.subList(0, 4));
        assertTrue(csv.get(4).startsWith("cy,pool-sizer,0/100,crashed,,"), csv.get(4));
    }

    @Test
    void eachProblemSubmissionGetsOneLineNamingIt() {
        gradeAll(classFolder.folder.toString());

        String err = Fixtures.unwrapped(classFolder.err);
        assertTrue(err.contains("bob/pool-sizer: did not compile: Answer.java:1: ';' expected"), err);
        assertTrue(err.contains("cy/pool-sizer: crashed: the grader could not grade it: IllegalStateException: hidden tests missing"), err);
        assertTrue(err.contains("grade-all: 4/4 submissions (100%)"), err);
    }

    @Test
    void eachLearnerGetsSubmitJsonAndGradescopeResults() throws IOException {
        gradeAll(classFolder.folder.toString());

        JsonNode submit = SubmitJson.tree(Files.readString(classFolder.grades().resolve("ada/fd-leak.json")));
        assertEquals(40, submit.path("score").asInt());
        JsonNode gradescope = SubmitJson.tree(Files.readString(classFolder.grades().resolve("ada/results.json")));
        assertEquals(140.0, gradescope.path("score").asDouble());
        assertEquals(4, gradescope.path("tests").size());
        assertEquals("fd-leak: Part B", gradescope.path("tests").get(1).path("name").asText());
        assertEquals("failed", gradescope.path("tests").get(1).path("status").asText());
        assertEquals(60, gradescope.path("tests").get(1).path("max_score").asInt());
        assertEquals(3.0, gradescope.path("execution_time").asDouble(), "seconds, added up, not rounded");
        assertTrue(gradescope.path("output").asText().contains("#### pool-sizer"), gradescope.toString());
        JsonNode bob = SubmitJson.tree(Files.readString(classFolder.grades().resolve("bob/results.json")));
        assertEquals("md", bob.path("output_format").asText());
        assertTrue(bob.path("output").asText().contains("Answer.java:1: ';' expected"), bob.toString());
    }

    @Test
    void theMarkdownSummaryGoesToStandardOutputAndDisk() throws IOException {
        gradeAll(classFolder.folder.toString());

        String table = Files.readString(classFolder.grades().resolve("summary.md"));
        assertTrue(table.contains("| ada | fd-leak | 40/100 | graded | b | 1.5 s |"), table);
        assertEquals(table, classFolder.out.toString());
    }

    @Test
    void aSecondRunRegradesOnlyWhatChanged() throws IOException {
        gradeAll(classFolder.folder.toString());
        classFolder.source("ada", "fd-leak", "score 100");
        graded.clear();

        gradeAll(classFolder.folder.toString());

        assertEquals(List.of("ada/fd-leak", "cy/pool-sizer"), graded.stream().sorted().toList());
        assertTrue(Files.readString(classFolder.grades().resolve("summary.csv")).contains("ada,fd-leak,100/100,graded"));
    }

    /**
     * As a job starts a submission, the one {@code jobs} places further on among those to regrade is prepared (its
     * sandbox may start ahead); unchanged submissions are never prepared.
     */
    @Test
    void eachSubmissionIsPreparedWhenTheOneJobsPlacesEarlierStartsAndUnchangedOnesNever() throws IOException {
        ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
        Grading grading = new Grading() {
            @Override
            public Graded grade(Submission submission) {
                events.add("grade " + submission.label());
                return fakeGrade(submission);
            }

            @Override
            public void prepare(Submission next) {
                events.add("prepare " + next.label());
            }
        };
        GradeAllCommand command = new GradeAllCommand((workspace, sandbox, folder) -> grading);

        command.run(List.of(classFolder.folder.toString(), "--jobs", "1"), classFolder.session());

        assertEquals(List.of("prepare ada/pool-sizer", "grade ada/fd-leak", "prepare bob/pool-sizer", "grade ada/pool-sizer",
                "prepare cy/pool-sizer", "grade bob/pool-sizer", "grade cy/pool-sizer"), List.copyOf(events));

        classFolder.source("ada", "fd-leak", "score 100");
        events.clear();
        command.run(List.of(classFolder.folder.toString(), "--jobs", "1"), classFolder.session());

        assertEquals(List.of("prepare cy/pool-sizer", "grade ada/fd-leak", "grade cy/pool-sizer"), List.copyOf(events),
                "only the changed submission and the one the grader broke (not stored) are prepared and graded");
    }

    @Test
    void anUnknownSandboxIsAUsageError() {
        assertEquals(ExitCode.USAGE, gradeAll(classFolder.folder.toString(), "--sandbox", "vm"));
        assertTrue(classFolder.err.toString().contains("--sandbox is container or process, not 'vm'"));
    }

    @Test
    void aFolderWithoutSubmissionsSaysWhatItExpected() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));

        assertEquals(ExitCode.FAILED, gradeAll(empty.toString()));
        assertTrue(Fixtures.unwrapped(classFolder.err).contains("expected <learner>/exercises/<id>/src/main/java with <id> one of fd-leak, pool-sizer"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
