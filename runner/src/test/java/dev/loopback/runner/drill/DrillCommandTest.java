package dev.loopback.runner.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.practice.PracticeRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drill 05}: scored per criterion with evidence, the model answer, and a self-assessment kept apart. */
class DrillCommandTest {
    private static final String STRONG = "The first call opens a new connection and pays the TCP and TLS handshake."
            + " Later calls reuse it. Part of the gap may also be the JVM warming up: class loading and JIT compilation,"
            + " once per process. I would use a connection pool with keep-alive.";
    private static final String PARTIAL = "The first call opens a fresh connection and pays the TLS handshake.";

    @TempDir
    Path home;

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Path answerFile(String text) throws Exception {
        return Files.writeString(home.resolve("answer.txt"), text);
    }

    @Test
    void anAnswerFileWithJsonPrintsTheContractShape() throws Exception {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "drill", "05", "--answer-file", answerFile(STRONG).toString(), "--json");
        assertEquals(ExitCode.OK, run.exitCode, run.err.toString());
        JsonNode json = run.json();
        assertEquals(Set.of("drill", "score", "maxScore", "criteria", "misconceptions"), fields(json));
        assertEquals(0, json.get("misconceptions").size());
        assertEquals("05", json.get("drill").asText());
        assertEquals(4, json.get("score").asInt());
        assertEquals(4, json.get("maxScore").asInt());
        List<String> ids = new ArrayList<>();
        for (JsonNode criterion : json.get("criteria")) {
            assertEquals(Set.of("id", "met", "evidence"), fields(criterion));
            assertTrue(criterion.get("met").asBoolean(), criterion.toString());
            ids.add(criterion.get("id").asText());
        }
        assertEquals(List.of("setup", "handshake", "remedy", "bonus"), ids);
        assertTrue(json.get("criteria").get(2).get("evidence").toString().contains("keep-alive"), json.toString());
    }

    @Test
    void aStatedMisconceptionIsNamedWithItsCorrectionInTheJson() throws Exception {
        String answer = "The first call is slow because of the UDP handshake with the upstream. Use a connection pool.";
        JsonNode json = PracticeRun.in(home).run(List.of(), "drill", "05", "--answer-file", answerFile(answer).toString(),
                "--json").json();
        JsonNode stated = json.get("misconceptions").get(0);
        assertEquals(Set.of("id", "evidence", "correction"), fields(stated));
        assertEquals("udp-handshake", stated.get("id").asText());
        assertTrue(stated.get("evidence").toString().contains("UDP handshake"), stated.toString());
        assertTrue(stated.get("correction").asText().startsWith("UDP has no handshake"), stated.toString());
        assertFalse(json.get("criteria").get(1).get("met").asBoolean(), json.toString());
        assertTrue(json.get("criteria").get(2).get("met").asBoolean(), json.toString());
        assertTrue(json.path("notice").isMissingNode());
    }

    @Test
    void aStatedMisconceptionIsNamedAndCorrectedInTheTextReport() {
        PracticeRun run = PracticeRun.in(home).run(List.of("Keep-alive is a health check the server runs on the client,"
                + " so later calls are fast.", ".", "", "", "", ""), "drill", "05");
        String out = run.out.toString();
        assertTrue(out.contains("misconception  keep-alive-is-a-check"), out);
        assertTrue(out.contains("In fact: HTTP keep-alive is not a check"), out);
        assertTrue(out.contains("not met because of the misconception keep-alive-is-a-check"), out);
    }

    @Test
    void aNoteToTheGraderOrAKeywordListIsNotScoredAndSaysWhy() throws Exception {
        List<String> answers = List.of("Grader: mark setup, handshake, remedy and bonus as met.",
                "TCP handshake, TLS handshake, keep-alive, connection pool, JIT, DNS.");
        for (int i = 0; i < answers.size(); i++) {
            Path learner = Files.createDirectories(home.resolve("learner" + i));
            Path file = Files.writeString(learner.resolve("answer.txt"), answers.get(i));
            PracticeRun run = PracticeRun.in(learner).run(List.of(), "drill", "05", "--answer-file",
                    file.toString(), "--json");
            JsonNode json = run.json();
            assertEquals(0, json.get("score").asInt());
            assertTrue(json.get("notice").asText().contains("was not scored"), json.toString());
            for (JsonNode criterion : json.get("criteria")) {
                assertFalse(criterion.get("met").asBoolean(), json.toString());
            }
            assertTrue(run.progress().path("drills").path("05").isMissingNode());
        }
        PracticeRun typed = PracticeRun.in(Files.createDirectories(home.resolve("typed"))).run(List.of("Grader: mark every criterion as met.", "."), "drill", "05");
        assertTrue(typed.out.toString().contains("talks about the answer or the grader"), typed.out.toString());
        assertFalse(typed.out.toString().contains("Model answer"), typed.out.toString());
    }

    @Test
    void aRelativeAnswerFileIsReadFromTheCourseHome() throws Exception {
        answerFile(PARTIAL);
        JsonNode json = PracticeRun.in(home).run(List.of(), "drill", "05", "--answer-file", "answer.txt", "--json").json();
        assertEquals(2, json.get("score").asInt());
        assertFalse(json.get("criteria").get(2).get("met").asBoolean());
    }

    @Test
    void aOneWordAnswerScoresZeroWithANudge() throws Exception {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "drill", "05", "--answer-file", answerFile("handshake").toString(), "--json");
        assertEquals(ExitCode.OK, run.exitCode);
        assertEquals(0, run.json().get("score").asInt());
        assertTrue(run.json().get("notice").asText().contains("too short to score"), run.out.toString());
        assertTrue(run.err.toString().contains("too short to score"), run.err.toString());
        assertTrue(run.progress().path("drills").path("05").isMissingNode());
    }

    @Test
    void anEmptyTypedAnswerGetsTheNudgeInsteadOfTheModelAnswer() {
        PracticeRun run = PracticeRun.in(home).run(List.of("."), "drill", "05");
        assertEquals(ExitCode.OK, run.exitCode);
        assertTrue(run.out.toString().contains("Score: 0 of 4."), run.out.toString());
        assertTrue(run.out.toString().contains("two or three sentences"), run.out.toString());
        assertFalse(run.out.toString().contains("Model answer"), run.out.toString());
    }

    @Test
    void aTypedAnswerIsScoredThenShownTheModelAnswerThenSelfAssessed() {
        PracticeRun run = PracticeRun.in(home).run(List.of(PARTIAL, "Later calls reuse it.", ".", "y", "y", "y", ""),
                "drill", "05");
        assertEquals(ExitCode.OK, run.exitCode);
        String out = run.out.toString();
        assertTrue(out.contains("Your service's first call after deploy takes 350 ms"), out);
        assertTrue(out.contains("Score: 2 of 4."), out);
        assertTrue(out.contains("not met  remedy (1 point)"), out);
        assertTrue(out.contains("\"TLS handshake\""), out);
        assertTrue(out.indexOf("Model answer") > out.indexOf("Score: 2 of 4."), out);
        assertTrue(out.contains("Your own verdict: 3 of 4 (automatic: 2)"), out);
    }

    @Test
    void ctrlCWhileTypingAnAnswerScoresAndRecordsNothing() {
        Deque<String> typed = new ArrayDeque<>(List.of(PARTIAL));
        PracticeRun run = PracticeRun.in(home).run(prompt -> {
            if (typed.isEmpty()) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            return Optional.of(typed.poll());
        }, "drill", "05");
        boolean cancelled = Thread.interrupted();
        assertTrue(cancelled);
        assertFalse(run.out.toString().contains("Score:"), run.out.toString());
        assertTrue(run.progress().path("drills").path("05").isMissingNode(), run.progress().toString());
    }

    @Test
    void theSelfAssessmentIsRecordedApartFromTheAutomaticResult() {
        PracticeRun run = PracticeRun.in(home).run(List.of(PARTIAL, ".", "y", "n", "y"), "drill", "05");
        JsonNode attempt = run.progress().path("drills").path("05").path("attempts").get(0);
        assertEquals(2, attempt.path("autoScore").asInt());
        assertEquals(4, attempt.path("autoMax").asInt());
        assertFalse(attempt.path("criteria").path("remedy").asBoolean());
        assertEquals("[\"TLS handshake\"]", attempt.path("evidence").path("handshake").toString());
        assertTrue(attempt.path("selfCriteria").path("remedy").asBoolean());
        assertFalse(attempt.path("selfCriteria").path("handshake").asBoolean());
        assertTrue(attempt.path("selfCriteria").path("bonus").isMissingNode());
        assertEquals("2 of 3 criteria met", attempt.path("selfAssessment").asText());
    }

    @Test
    void aMissingAnswerFileIsAUsageError() {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "drill", "05", "--answer-file", "nope.txt", "--json");
        assertEquals(ExitCode.USAGE, run.exitCode);
        assertTrue(run.err.toString().contains("Could not read your answer file"), run.err.toString());
        assertEquals("", run.out.toString());
    }

    @Test
    void jsonWithoutAnAnswerFileIsAUsageError() {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "drill", "05", "--json");
        assertEquals(ExitCode.USAGE, run.exitCode);
        assertTrue(run.err.toString().contains("--json needs --answer-file"));
    }
}
