package dev.loopback.runner.quiz;

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
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz 05}: interactive and with answers given up front, recorded in progress. */
class QuizCommandTest {
    private static final String ALL_RIGHT = "B,C,D,B,A";

    @TempDir
    Path home;

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void answersUpFrontPrintOnlyJsonWithEveryQuestionAndTheScore() {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "quiz", "05", "--answers", ALL_RIGHT, "--json");
        assertEquals(ExitCode.OK, run.exitCode, run.err.toString());
        JsonNode json = run.json();
        assertEquals(Set.of("quiz", "title", "seed", "score", "maxScore", "questions"), fields(json));
        assertEquals("05", json.get("quiz").asText());
        assertEquals(5, json.get("score").asInt());
        assertEquals(5, json.get("maxScore").asInt());
        assertTrue(json.get("seed").isNull());
        assertEquals(5, json.get("questions").size());
        JsonNode first = json.get("questions").get(0);
        assertEquals(Set.of("number", "question", "answer", "correct", "right", "why", "explanation"), fields(first));
        assertEquals(1, first.get("number").asInt());
        assertTrue(first.get("right").asBoolean());
    }

    @Test
    void aWrongAnswerNamesTheRightLetterAndExplainsTheChosenOption() {
        JsonNode json = PracticeRun.in(home).run(List.of(), "quiz", "05", "--answers", "B,A,C,D,A", "--json").json();
        JsonNode second = json.get("questions").get(1);
        assertFalse(second.get("right").asBoolean());
        assertEquals("A", second.get("answer").asText());
        assertEquals("C", second.get("correct").asText());
        assertTrue(second.get("why").asText().contains("Encryption is TLS's job"), second.toString());
        assertEquals(2, json.get("score").asInt());
    }

    @Test
    void aSeedShufflesTheLettersReproducibly() {
        PracticeRun run = PracticeRun.in(home);
        String letters = correctLetters(42);
        JsonNode json = run.run(List.of(), "quiz", "05", "--answers", letters, "--seed", "42", "--json").json();
        assertEquals(5, json.get("score").asInt(), letters);
        assertEquals(42, json.get("seed").asLong());
    }

    @Test
    void ctrlCMidQuizRecordsNothingAndLeavesTheMessageToTheShell() {
        PracticeRun run = PracticeRun.in(home).run(prompt -> {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }, "quiz", "05");
        assertTrue(Thread.interrupted());
        assertFalse(run.err.toString().contains("Quiz stopped"), run.err.toString());
        assertTrue(run.progress().path("quizzes").isMissingNode(), run.progress().toString());
    }

    @Test
    void everyAttemptIsKeptWithTheBestScore() {
        PracticeRun run = PracticeRun.in(home);
        run.run(List.of(), "quiz", "05", "--answers", ALL_RIGHT, "--json");
        run.run(List.of(), "quiz", "05", "--answers", "A,A,A,A,A", "--json");
        JsonNode quiz = run.progress().path("quizzes").path("05");
        assertEquals(5, quiz.path("best").asInt());
        assertEquals(2, quiz.path("attempts").asInt());
        List<Integer> scores = StreamSupport.stream(quiz.path("history").spliterator(), false)
                .map(a -> a.path("score").asInt()).toList();
        assertEquals(List.of(5, 1), scores);
    }

    @Test
    void interactivelyItAsksOneQuestionAtATimeAndExplainsAtOnce() {
        List<String> input = new ArrayList<>(List.of(correctLetters(7).split(",")));
        input.set(1, "z");
        input.add(2, wrongLetter(7, 1));
        PracticeRun run = PracticeRun.in(home).run(input, "quiz", "05", "--seed", "7");
        assertEquals(ExitCode.OK, run.exitCode);
        String out = run.out.toString();
        assertTrue(out.contains("Question 1 of 5"), out);
        assertTrue(out.contains("Not quite. You chose " + wrongLetter(7, 1)), out);
        assertTrue(out.contains("The answer is " + correctLetters(7).split(",")[1] + ")"), out);
        assertTrue(out.contains("Score: 4 of 5."), out);
        assertTrue(run.err.toString().contains("Type one letter from A to D"), run.err.toString());
        assertEquals(4, run.progress().path("quizzes").path("05").path("best").asInt());
    }

    @Test
    void optionsAreShownInADifferentOrderForDifferentAttempts() {
        Quiz quiz = shipped();
        assertFalse(Layout.shuffled(quiz, new Random(1)).equals(Layout.shuffled(quiz, new Random(2))));
        assertEquals(Layout.shuffled(quiz, new Random(3)), Layout.shuffled(quiz, new Random(3)));
    }

    @Test
    void aQuizStoppedBeforeTheEndIsNotRecorded() {
        PracticeRun run = PracticeRun.in(home).run(List.of("b", "c"), "quiz", "05");
        assertEquals(ExitCode.OK, run.exitCode);
        assertTrue(run.err.toString().contains("not recorded"));
        assertTrue(run.progress().path("quizzes").path("05").isMissingNode());
    }

    @Test
    void theWrongNumberOfAnswersIsAUsageError() {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "quiz", "05", "--answers", "B,C", "--json");
        assertEquals(ExitCode.USAGE, run.exitCode);
        assertTrue(run.err.toString().contains("needs 5 letters"), run.err.toString());
        assertEquals("", run.out.toString());
    }

    @Test
    void anUnknownOptionOrALetterOutOfRangeIsAUsageError() {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "quiz", "05", "--shuffle");
        assertEquals(ExitCode.USAGE, run.exitCode);
        assertTrue(run.err.toString().contains("unknown option --shuffle"), run.err.toString());
        run.run(List.of(), "quiz", "05", "--answers", "B,C,E,B,A", "--json");
        assertEquals(ExitCode.USAGE, run.exitCode);
        assertTrue(run.err.toString().contains("answer 3 is 'E'; question 3 takes a letter from A to D"), run.err.toString());
    }

    @Test
    void anUnknownQuizNamesTheOnesThatExist() {
        PracticeRun run = PracticeRun.in(home).run(List.of(), "quiz", "07");
        assertEquals(ExitCode.USAGE, run.exitCode);
        assertTrue(run.err.toString().contains("Try one of: 05"), run.err.toString());
    }

    @Test
    void aMalformedQuickCheckFileIsReportedWithFileAndLine() throws Exception {
        PracticeRun run = PracticeRun.in(home);
        Path file = home.resolve("course/checks/05-network-sockets.md");
        Files.writeString(file, Files.readString(file).replace("- [x] One endpoint", "- [ ] One endpoint"));
        run.run(List.of(), "quiz", "05", "--answers", ALL_RIGHT, "--json");
        assertEquals(ExitCode.INTERNAL, run.exitCode);
        assertTrue(run.err.toString().contains("course/checks/05-network-sockets.md:5: question 1 has no correct option"),
                run.err.toString());
    }

    private static Quiz shipped() {
        try {
            return QuizParser.parse("05", PracticeRun.COURSE.resolve("checks/05-network-sockets.md"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The letters of the right answers when the options are shuffled with {@code seed}. */
    private static String correctLetters(long seed) {
        Quiz quiz = shipped();
        Layout layout = Layout.shuffled(quiz, new Random(seed));
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            letters.add(Layout.letter(layout.orders().get(i).indexOf(quiz.questions().get(i).correct())));
        }
        return String.join(",", letters);
    }

    private static String wrongLetter(long seed, int question) {
        return correctLetters(seed).split(",")[question].equals("A") ? "B" : "A";
    }
}
