package dev.loopback.runner.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiz history and per-criterion drill results survive a restart, and older progress files still load. */
class PracticeRecordsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T20:15:30Z");

    @TempDir
    Path state;

    private ProgressStore store() {
        return new ProgressStore(state, new PrintWriter(new StringWriter(), true), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void everyQuizAttemptIsKeptWithItsPerQuestionResults() {
        QuizAttempt first = new QuizAttempt(NOW.toString(), 2, 3, List.of(true, false, true));
        QuizAttempt second = new QuizAttempt(NOW.toString(), 1, 3, List.of(false, false, true));
        store().update(p -> p.withQuizAttempt("05", first).withQuizAttempt("05", second));
        QuizRecord record = store().current().quiz("05").orElseThrow();
        assertEquals(List.of(first, second), record.history());
        assertEquals(2, record.best());
        assertEquals(1, record.last());
        assertEquals(2, record.attempts());
    }

    @Test
    void aSelfAssessmentIsAddedNextToTheAutomaticVerdictWithoutChangingIt() {
        DrillAttempt scored = new DrillAttempt(NOW.toString(), 2, 4, null, "answer",
                Map.of("setup", true, "remedy", false), Map.of("setup", List.of("first call")), Map.of());
        store().update(p -> p.withDrillAttempt("05", scored));
        store().update(p -> p.withDrillSelfAssessment("05", 1, "2 of 2 criteria met", Map.of("setup", true, "remedy", true)));
        DrillAttempt read = store().current().drill("05").orElseThrow().attempts().get(0);
        assertEquals(2, read.autoScore());
        assertEquals(Map.of("setup", true, "remedy", false), read.criteria());
        assertEquals(Map.of("setup", true, "remedy", true), read.selfCriteria());
        assertEquals("2 of 2 criteria met", read.selfAssessment());
        assertEquals(List.of("first call"), read.evidence().get("setup"));
    }

    @Test
    void aProgressFileWrittenBeforeTheseFieldsExistedStillLoads() throws Exception {
        Files.writeString(state.resolve("progress.json"), """
                {"schema":1,"lessons":{},"hints":{},
                 "quizzes":{"05":{"attempts":2,"best":4,"last":3,"max":5,"lastAt":"2026-11-25T20:00:00Z"}},
                 "drills":{"05":{"attempts":[{"at":"2026-11-25T20:00:00Z","autoScore":2,"autoMax":4,"selfAssessment":"shaky"}]}}}
                """);
        Progress progress = store().current();
        assertEquals(new QuizRecord(2, 4, 3, 5, "2026-11-25T20:00:00Z"), progress.quiz("05").orElseThrow());
        assertEquals(new DrillAttempt("2026-11-25T20:00:00Z", 2, 4, "shaky"), progress.drill("05").orElseThrow().attempts().get(0));
    }
}
