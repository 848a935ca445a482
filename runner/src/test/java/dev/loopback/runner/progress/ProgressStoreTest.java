package dev.loopback.runner.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-25T20:15:30Z");

    @TempDir
    Path state;

    private final StringWriter notices = new StringWriter();

    private ProgressStore store() {
        return new ProgressStore(state, new PrintWriter(notices, true), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(state)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFreshWorkspaceStartsEmptyAndWritesNothingUntilSomethingHappens() throws IOException {
        assertEquals(Progress.empty(), store().current());
        assertEquals(List.of(), files());
    }

    @Test
    void everythingRecordedIsReadBackByTheNextRun() {
        store().update(p -> p.withLessonRead("05", NOW)
                .withQuizAttempt("05", 3, 5, NOW).withQuizAttempt("05", 5, 5, NOW).withQuizAttempt("05", 4, 5, NOW)
                .withDrillAttempt("05", new DrillAttempt(NOW.toString(), 2, 4, "shaky"))
                .withHintLevel("pool-sizer", 2).withHintLevel("pool-sizer", 1));
        Progress again = store().current();
        assertTrue(again.isRead("05"));
        assertEquals(new QuizRecord(3, 5, 4, 5, NOW.toString()), again.quiz("05").orElseThrow());
        assertEquals(List.of(new DrillAttempt(NOW.toString(), 2, 4, "shaky")), again.drill("05").orElseThrow().attempts());
        assertEquals(2, again.hintLevel("pool-sizer"));
        assertEquals("", notices.toString());
    }

    @Test
    void criterionHintLevelsAndFailuresAreReadBackByTheNextRun() throws IOException {
        store().update(p -> p.withCriterionHints("pool-sizer", "littles-law", new CriterionHints(2, 3, true))
                .withCriterionHints("pool-sizer", "headroom", CriterionHints.NONE.graded(false))
                .withHintLevel("pool-sizer", 1));

        Progress again = store().current();

        assertEquals(new CriterionHints(2, 3, true), again.criterionHints("pool-sizer", "littles-law"));
        assertEquals(new CriterionHints(0, 0, false), again.criterionHints("pool-sizer", "headroom"));
        assertEquals(CriterionHints.NONE, again.criterionHints("fd-leak", "happy-path"));
        assertEquals(1, again.hintLevel("pool-sizer"));
        assertTrue(Files.readString(state.resolve("progress.json")).contains("\"criterionHints\""));
    }

    @Test
    void aProgressFileFromBeforeCriterionHintsStillLoadsAndKeepsItsExerciseHints() throws IOException {
        Files.writeString(state.resolve("progress.json"), """
                { "schema": 1, "lessons": { "05": { "firstRead": "2026-11-25T20:00:00Z", "lastRead": "2026-11-25T20:00:00Z",
                  "times": 1 } }, "quizzes": {}, "drills": {}, "hints": { "pool-sizer": 2 } }
                """);

        Progress old = store().current();

        assertEquals("", notices.toString(), "nothing set aside");
        assertTrue(old.isRead("05"));
        assertEquals(2, old.hintLevel("pool-sizer"));
        assertEquals(java.util.Map.of(), old.criterionHints("pool-sizer"));
        store().update(p -> p.withCriterionHints("pool-sizer", "headroom", new CriterionHints(1, 0, true)));
        assertEquals(2, store().current().hintLevel("pool-sizer"));
        assertEquals(1, store().current().criterionHints("pool-sizer", "headroom").unlocked());
    }

    @Test
    void savingLeavesOnlyTheProgressFileAndItsLockBehind() throws IOException {
        ProgressStore store = store();
        store.update(p -> p.withLessonRead("05", NOW));
        store.update(p -> p.withLessonRead("05", NOW.plusSeconds(60)));
        assertEquals(List.of("progress.json", "progress.json.lock"), files());
        assertEquals(2, store().current().lessons().get("05").times());
    }

    @Test
    void twoStoresOnOneFileKeepEachOthersUpdates() {
        ProgressStore terminal = store();
        ProgressStore browser = store();
        terminal.current();
        browser.current();
        terminal.update(p -> p.withLessonRead("05", NOW));
        browser.update(p -> p.withHintLevel("pool-sizer", 2));
        terminal.update(p -> p.withHintLevel("fd-leak", 1));
        Progress both = store().current();
        assertTrue(both.isRead("05"));
        assertEquals(2, both.hintLevel("pool-sizer"));
        assertEquals(1, both.hintLevel("fd-leak"));
        assertTrue(browser.current().isRead("05"), "a store re-reads the file another one changed");
    }

    @Test
    void aCorruptFileIsMovedAsideIntactTheLearnerIsToldAndAFreshOneStarts() throws IOException {
        Files.writeString(state.resolve("progress.json"), "{\"schema\": 1, \"lessons\": {\"05\": ");
        Progress progress = store().current();
        assertEquals(Progress.empty(), progress);
        Path aside = state.resolve("progress.json.corrupt-20261125-201530");
        assertEquals("{\"schema\": 1, \"lessons\": {\"05\": ", Files.readString(aside));
        assertFalse(Files.exists(state.resolve("progress.json")));
        assertTrue(notices.toString().contains("It was moved to " + aside), notices.toString());
        assertTrue(notices.toString().contains("not valid progress JSON"), notices.toString());
    }

    @Test
    void aFileFromANewerLoopbackIsMovedAsideNotOverwritten() throws IOException {
        Files.writeString(state.resolve("progress.json"), "{\"schema\": 2, \"lessons\": {}}");
        ProgressStore store = store();
        store.update(p -> p.withLessonRead("05", NOW));
        assertEquals("{\"schema\": 2, \"lessons\": {}}", Files.readString(state.resolve("progress.json.corrupt-20261125-201530")));
        assertTrue(notices.toString().contains("written by a newer Loopback (schema 2; this one reads 1)"), notices.toString());
        assertTrue(store().current().isRead("05"));
    }

    @Test
    void aSecondRecoveryInTheSameSecondDoesNotOverwriteTheFirst() throws IOException {
        Files.writeString(state.resolve("progress.json"), "first");
        store().current();
        Files.writeString(state.resolve("progress.json"), "second");
        store().current();
        assertEquals("first", Files.readString(state.resolve("progress.json.corrupt-20261125-201530")));
        assertEquals("second", Files.readString(state.resolve("progress.json.corrupt-20261125-201530-1")));
    }

    @Test
    void aFileThatIsJsonButNotProgressIsMovedAside() throws IOException {
        Files.writeString(state.resolve("progress.json"), "[1, 2, 3]");
        assertEquals(Progress.empty(), store().current());
        assertTrue(notices.toString().contains("not a progress file"), notices.toString());
        assertEquals(List.of("progress.json.corrupt-20261125-201530"), files());
    }
}
