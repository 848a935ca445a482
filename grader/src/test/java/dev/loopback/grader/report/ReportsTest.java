package dev.loopback.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theTextReportShowsEachCriterionWithFeedbackLessonLinkAndHowToUnlockAHint() {
        String text = TextReport.render(Reports.partial());

        assertTrue(text.contains("PASS  Little's Law"), text);
        assertTrue(text.contains("FAIL  File-descriptor ceiling    0/70"), text);
        assertTrue(text.contains("10 x 100 + 500 fits in 1,500 descriptors: equal fits"), text);
        assertFalse(text.contains("Every connection holds a descriptor."), "no hint level is unlocked yet: " + text);
        assertTrue(text.contains("See Lesson 05 - The file-descriptor ceiling\n        Stuck? hint pool-sizer shows one."),
                text);
        assertTrue(text.contains("Score 30/100 - not passed yet (pass mark 100) - 1.2 s"), text);
        assertFalse(text.contains("PoolSizer.java:31"), "stack frames only with --verbose");
    }

    @Test
    void proseWrapsAtWordsUnderItsOwnLabel() {
        List<String> lines = TextReport.render(Reports.wordy(), Style.PLAIN, 60,
                UnlockedHints.of(Map.of("fd-ceiling", 1))).lines().toList();

        assertTrue(lines.stream().allMatch(line -> line.length() <= 60), String.join("\n", lines));
        assertTrue(lines.contains("        Hint: Every pooled connection holds one descriptor,"), String.join("\n", lines));
        assertTrue(lines.contains("              so ten upstreams of a hundred connections need"), String.join("\n", lines));
        assertTrue(lines.contains("        descriptors is exactly 1,500, which fits a limit of"), String.join("\n", lines));
    }

    @Test
    void theTextReportShowsOnlyTheUnlockedLevelsAndHowToUnlockTheNext() {
        String none = TextReport.render(Reports.leveled());
        String one = TextReport.render(Reports.leveled(), Style.PLAIN, 100,
                UnlockedHints.of(Map.of("exact-arithmetic", 1)));
        String three = TextReport.render(Reports.leveled(), Style.PLAIN, 100,
                UnlockedHints.of(Map.of("exact-arithmetic", 3)));

        assertFalse(none.contains("NUDGE") || none.contains("CONCRETE") || none.contains("RECIPE"), none);
        assertTrue(none.contains("Stuck? hint pool-sizer shows one."), none);
        assertTrue(one.contains("        Hint 1 of 3: NUDGE: work 300 x 70 ms out by hand.\n"), one);
        assertFalse(one.contains("CONCRETE") || one.contains("RECIPE"), one);
        assertTrue(one.contains("hint pool-sizer shows hint 2 of 3."), one);
        assertTrue(three.contains("Hint 2 of 3: CONCRETE") && three.contains("Hint 3 of 3: RECIPE"), three);
        assertFalse(three.contains("hint pool-sizer shows"), "nothing left to unlock: " + three);
    }

    @Test
    void theSubmitJsonCarriesTheUnlockedLevelsOnly() throws Exception {
        JsonNode none = JSON.readTree(JsonReport.render(Reports.leveled())).path("criteria").get(1);
        JsonNode two = JSON.readTree(JsonReport.render(Reports.leveled(), UnlockedHints.of(Map.of("exact-arithmetic", 2))))
                .path("criteria").get(1);

        assertEquals(0, none.path("hints").size(), none.toString());
        assertFalse(none.toString().contains("RECIPE"), none.toString());
        assertEquals("hint pool-sizer", none.path("nextHint").asText(), none.toString());
        assertEquals(3, two.path("hintLevels").asInt());
        assertEquals(List.of("NUDGE: work 300 x 70 ms out by hand.", "CONCRETE: a double cannot hold 0.07 exactly."),
                List.of(two.path("hints").get(0).asText(), two.path("hints").get(1).asText()));
        assertEquals("Pool sizing via Little's Law", two.path("section").asText());
        assertFalse(two.toString().contains("RECIPE"), two.toString());
    }

    @Test
    void gradescopeAndExercismCarryEveryLevelForInstructors() throws Exception {
        String gradescope = JSON.readTree(GradescopeReport.render(Reports.leveled())).path("tests").get(1).path("output")
                .asText();
        String exercism = JSON.readTree(ExercismReport.render(Reports.leveled())).path("tests").get(1).path("message")
                .asText();

        for (String text : List.of(gradescope, exercism)) {
            assertTrue(text.contains("Hint 1 of 3: NUDGE") && text.contains("Hint 2 of 3: CONCRETE")
                    && text.contains("Hint 3 of 3: RECIPE: BigDecimal.valueOf(rate), RoundingMode.CEILING."), text);
            assertTrue(text.contains("See Lesson 05 - Pool sizing via Little's Law"), text);
        }
    }

    @Test
    void proseKeepsEveryWordAtCommonTerminalWidths() {
        WrappedReport.assertWrapsTo(Reports.wordy(), 60);
        WrappedReport.assertWrapsTo(Reports.wordy(), 100);
        WrappedReport.assertWrapsTo(Reports.didNotCompile(), 60);
    }

    @Test
    void aTestMessagesPointerToTheCriterionsSectionIsShownOnce() {
        String text = TextReport.render(Reports.pointing());
        String gradescope = GradescopeReport.render(Reports.pointing());

        assertEquals(1, text.split("See Lesson 05 - The file-descriptor ceiling", -1).length - 1, text);
        assertEquals(1, gradescope.split("See Lesson 05 - The file-descriptor ceiling", -1).length - 1, gradescope);
        assertTrue(text.contains("        1,500 descriptors were counted as too few for 1,500.\n"), text);
    }

    @Test
    void verboseAddsTheLearnersOwnFrames() {
        assertTrue(TextReport.render(Reports.verbose(Reports.partial()))
                .contains("at poolsizer.PoolSizer.fitsFdLimit(PoolSizer.java:31)"));
    }

    @Test
    void aCompileErrorIsShownTheWayJavacShowsIt() {
        String text = TextReport.render(Reports.didNotCompile());

        assertTrue(text.contains("exercises/pool-sizer/src/main/java/poolsizer/PoolSizer.java:12:16: error: ';' expected\n"
                + "        return x\n               ^"), text);
    }

    @Test
    void theSubmitJsonHasTheContractFields() throws Exception {
        JsonNode json = JSON.readTree(JsonReport.render(Reports.partial()));

        for (String field : new String[] {"exercise", "compiled", "score", "maxScore", "passed", "durationMs", "criteria",
                "diagnostics"}) {
            assertTrue(json.has(field), field);
        }
        JsonNode fd = json.path("criteria").get(1);
        assertEquals("fd-ceiling", fd.path("id").asText());
        assertEquals(0, fd.path("earned").asInt());
        assertEquals(70, fd.path("points").asInt());
        assertEquals("10 x 100 + 500 fits in 1,500 descriptors: equal fits", fd.path("feedback").asText());
    }

    @Test
    void gradescopeGetsOneTestPerCriterionWithScores() throws Exception {
        JsonNode json = JSON.readTree(GradescopeReport.render(Reports.partial()));

        assertEquals(30, json.path("score").asInt());
        assertEquals(100, json.path("max_score").asInt());
        assertEquals("passed", json.path("tests").get(0).path("status").asText());
        assertEquals(0, json.path("tests").get(1).path("score").asInt());
        assertEquals(70, json.path("tests").get(1).path("max_score").asInt());
    }

    @Test
    void exercismGetsVersionThreeWithEachCriterionAsATask() throws Exception {
        JsonNode json = JSON.readTree(ExercismReport.render(Reports.partial()));

        assertEquals(3, json.path("version").asInt());
        assertEquals("fail", json.path("status").asText());
        assertEquals(2, json.path("tests").get(1).path("task_id").asInt());
        assertEquals("fail", json.path("tests").get(1).path("status").asText());
    }

    @Test
    void exercismReportsACompileErrorAsAnError() throws Exception {
        JsonNode json = JSON.readTree(ExercismReport.render(Reports.didNotCompile()));

        assertEquals("error", json.path("status").asText());
        assertTrue(json.path("message").asText().contains("';' expected"));
    }

    @Test
    void aStyleMarksPassesFailuresAndTheTitle() {
        Style brackets = new Style() {
            @Override public String pass(String text) { return "[+" + text + "]"; }
            @Override public String fail(String text) { return "[-" + text + "]"; }
            @Override public String strong(String text) { return "[*" + text + "]"; }
        };

        String text = TextReport.render(Reports.partial(), brackets);

        assertTrue(text.startsWith("[*Pool sizer (pool-sizer)]\n"), text);
        assertTrue(text.contains("  [+PASS]  Little's Law"), text);
        assertTrue(text.contains("  [-FAIL]  File-descriptor ceiling"), text);
        assertTrue(text.contains("Score 30/100 - [-not passed yet]"), text);
    }
}
