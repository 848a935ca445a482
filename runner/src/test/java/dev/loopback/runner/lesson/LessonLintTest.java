package dev.loopback.runner.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.course.Activity;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each convention of AUTHORING.md's lesson shape, broken once in an otherwise good lesson, is named with its line. */
class LessonLintTest {
    private static final Lesson LESSON = new Lesson("retries", "06", "Retries", "lessons/06-retries.md", 6, "core",
            List.of(), new Activity("06", "Quick check", "checks/06-retries.md", 3),
            new Activity("06", "Drill", "drills/06-retries.md", 5), List.of(new ExerciseRef("backoff", "Backoff", 15)));

    private static final String GOOD = """
            # Retries

            *API Design · Foundations · Lesson 06 · 6 min · Difficulty: core*

            **Prerequisite:** Lesson 05 - Network sockets.

            A call that fails may succeed a moment later.

            ## By the end you'll be able to

            - compute a backoff delay
            - cap a backoff
            - add jitter
            - budget retries
            - tell retryable errors apart

            ## Exponential backoff

            ```diagram
            client ──── try 1 ───> server
            client <─── refused ── server
            ```

            Notice the wait doubles.

            ```jshell
            long delayMs = 100 * (1L << 3);
            ```

            ## Key takeaways

            1. Double the delay.
            2. Cap it at 5 s.
            3. Add jitter.
            4. Budget retries.
            5. Retry only idempotent calls.
            6. Give up in time.

            ## Sources & further reading

            - AWS Architecture Blog: why the delay grows.

            ## Practice

            - `quiz 06`, `drill 06`, `exercise backoff`, `submit backoff`.
            """;

    @Test
    void aLessonThatKeepsEveryConventionHasNoProblems() {
        assertEquals(List.of(), lint(GOOD));
    }

    @Test
    void aDiagramLineTooWideOrWithATabOrAWideSymbolIsNamedByItsLine() {
        String wide = GOOD.replace("client ──── try 1 ───> server", "client ──── try 1 ───> server" + " ".repeat(30) + "|");
        assertOne(lint(wide), "lesson.md:20: a diagram line of 60 columns");
        assertOne(lint(GOOD.replace("client <─── refused", "client\t<─── refused")), "lesson.md:21: a tab in a diagram");
        assertOne(lint(GOOD.replace("try 1 ───>", "try 1 ──→")), "lesson.md:20: '→' in a diagram");
    }

    @Test
    void aCodeLineWiderThan68ColumnsIsNamed() {
        String wide = GOOD.replace("long delayMs = 100 * (1L << 3);", "long delayMs = 100 * (1L << 3);" + " ".repeat(36) + "//");
        assertOne(lint(wide), "lesson.md:27: a jshell line of 69 columns");
        assertEquals(List.of(), lint(GOOD.replace("long delayMs = 100 * (1L << 3);", "x".repeat(68))));
    }

    @Test
    void theRequiredSectionsAndTheirOrderAreChecked() {
        assertOne(lint(GOOD.replace("## Sources & further reading\n", "## Reading\n")), "no '## Sources & further reading' section");
        String moved = GOOD.replace("## By the end you'll be able to", "## Intro\n\nHello.\n\n## By the end you'll be able to");
        assertOne(lint(moved), "'## By the end you'll be able to' is the first section");
        String late = GOOD.replace("## Practice", "## Practice\n\nSee above.\n\n## Appendix\n\nMore.\n\n## Practice2");
        assertTrue(lint(late).stream().anyMatch(p -> p.contains("the last three sections are")), lint(late).toString());
    }

    @Test
    void objectivesAndTakeawaysAreCounted() {
        assertOne(lint(GOOD.replace("- add jitter\n", "").replace("- budget retries\n", "")),
                "lesson.md:11: '## By the end you'll be able to' lists 3 objectives; write 5 to 7");
        assertOne(lint(GOOD.replace("6. Give up in time.\n", "6. Give up in time.\n7. a\n8. b\n9. c\n")),
                "'## Key takeaways' lists 9 takeaways; write 6 to 8");
    }

    @Test
    void theTitleHeaderAndPrerequisiteAreChecked() {
        assertOne(lint(GOOD.replace("Lesson 06 ·", "Lesson 6 ·")), "lesson.md:3: the title is followed by the italic header naming 'Lesson 06'");
        assertOne(lint(GOOD.replace("**Prerequisite:** Lesson 05 - Network sockets.", "Read Lesson 05 first.")),
                "no '**Prerequisite:** ...' paragraph");
        assertOne(lint(GOOD.replace("## Exponential backoff", "# Exponential backoff")), "lesson.md:17: a second level-1 heading");
    }

    @Test
    void thePracticeSectionMustNameWhatTheManifestLists() {
        List<String> problems = lint(GOOD.replace("`exercise backoff`, `submit backoff`", "`exercise jitter`"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("lesson.md:43: '## Practice' does not name exercise 'backoff'"), problems.get(0));
        assertTrue(problems.get(1).contains("names 'exercise jitter', but the manifest lists no exercise jitter under "
                + "Lesson 06 (it lists: backoff)"), problems.get(1));
        assertOne(lint(GOOD.replace("`quiz 06`, ", "")), "does not name 'quiz 06'");
    }

    @Test
    void htmlImagesIndentedCodeAndUnknownCalloutsAreNamed() {
        assertOne(lint(GOOD.replace("Notice the wait doubles.", "Notice <b>the wait</b> doubles.")), "lesson.md:24: raw HTML '<b>'");
        assertOne(lint(GOOD.replace("Notice the wait doubles.", "![chart](chart.png)")), "lesson.md:24: an image (chart.png)");
        assertOne(lint(GOOD.replace("Notice the wait doubles.", "> [!TIP] Try it\n> Really.")), "callout marker [!TIP] is none of");
        assertOne(lint(GOOD.replace("Notice the wait doubles.", "Code:\n\n    int x = 1;")), "an indented code block");
    }

    private static List<String> lint(String markdown) {
        return LessonLint.check("lesson.md", markdown, LESSON);
    }

    private static void assertOne(List<String> problems, String expected) {
        assertEquals(1, problems.size(), "one problem expected, got " + problems);
        assertTrue(problems.get(0).contains(expected), "expected '" + expected + "' in " + problems.get(0));
    }
}
