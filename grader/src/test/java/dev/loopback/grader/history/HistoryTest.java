package dev.loopback.grader.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.GradeResult;
import dev.loopback.grader.SampleCourse;
import dev.loopback.grader.rubric.CriterionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path dir;

    private static GradeResult scored(int score, Instant at) {
        return new GradeResult("pool-sizer", "Pool sizer", "05", true, score, 100, 100, score == 100, 900,
                List.<CriterionResult>of(), List.of(), List.of(), List.of(), List.of(), "", Path.of("/"), at, false, null, 7L);
    }

    @Test
    void keepsEverySubmissionWithItsSourcesEvenInTheSameMillisecond() throws Exception {
        History history = new History(dir.resolve("submissions"));
        Path sources = SampleCourse.sources(dir.resolve("src"), Map.of("poolsizer/PoolSizer.java", "class PoolSizer {}"));
        Instant at = Instant.parse("2026-11-25T20:00:00Z");

        GradeResult first = history.record(sources, scored(40, at));
        GradeResult second = history.record(sources, scored(70, at));

        assertNotEquals(first.submission(), second.submission());
        assertTrue(Files.isRegularFile(first.submission().resolve("src/poolsizer/PoolSizer.java")));
        assertTrue(Files.readString(second.submission().resolve("result.json")).contains("\"score\" : 70"));
        assertEquals(List.of(40, 70), history.attempts("pool-sizer").stream().map(Attempt::score).toList());
    }

    @Test
    void theBestScoreIsTheHighestOfAnyAttempt() {
        History history = new History(dir.resolve("submissions"));
        Path sources = dir.resolve("none");
        history.record(sources, scored(70, Instant.parse("2026-11-25T20:00:00Z")));
        history.record(sources, scored(30, Instant.parse("2026-11-25T20:01:00Z")));

        assertEquals(70, history.best("pool-sizer").orElseThrow());
        assertTrue(history.best("fd-leak").isEmpty());
    }
}
