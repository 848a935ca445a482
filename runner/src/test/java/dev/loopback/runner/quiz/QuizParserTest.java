package dev.loopback.runner.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.practice.PracticeRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Quick-check files load into the model, and each kind of authoring mistake names its file, line and problem. */
class QuizParserTest {
    private static final Path FILE = Path.of("course", "checks", "99-test.md");
    private static final String GOOD = """
            # Quick check: test

            Intro line one
            and two.

            ## 1. What does the handshake add?

            - [ ] Encryption
              > why: That is TLS.
            - [x] A round trip
              > why: SYN, SYN-ACK, ACK
              > before any data.

            General explanation.

            ## 2. Second?

            - [x] Yes
              > why: Because.
            - [ ] No
              > why: Not so.
            """;

    private static QuizFormatException malformed(String text) {
        return assertThrows(QuizFormatException.class, () -> QuizParser.parse("99", FILE, text.lines().toList()));
    }

    @Test
    void theShippedQuickCheckHasFiveQuestionsOfFourExplainedOptions() throws Exception {
        Quiz quiz = QuizParser.parse("05", PracticeRun.COURSE.resolve("checks/05-network-sockets.md"));
        assertEquals(5, quiz.questions().size());
        assertEquals(List.of(1, 2, 3, 1, 0), quiz.questions().stream().map(Question::correct).toList());
        for (Question question : quiz.questions()) {
            assertEquals(4, question.options().size());
            assertTrue(question.options().stream().noneMatch(o -> o.why().isBlank()));
            assertTrue(!question.explanation().isBlank());
        }
    }

    @Test
    void aGoodFileLoadsEveryPart() throws Exception {
        Quiz quiz = QuizParser.parse("99", FILE, GOOD.lines().toList());
        assertEquals("Quick check: test", quiz.title());
        assertEquals("Intro line one and two.", quiz.intro());
        Question first = quiz.questions().get(0);
        assertEquals("What does the handshake add?", first.text());
        assertEquals(new Option("A round trip", true, "SYN, SYN-ACK, ACK before any data."), first.options().get(1));
        assertEquals("General explanation.", first.explanation());
        assertEquals("", quiz.questions().get(1).explanation());
    }

    record Case(String mistake, String from, String to, int line, String problem) {
        @Override
        public String toString() {
            return mistake;
        }
    }

    static List<Case> mistakes() {
        return List.of(
            new Case("title without 'Quick check:'", "# Quick check: test", "# Test", 1, "the first line must be the title"),
            new Case("bad question heading", "## 2. Second?", "## Second?", 16, "a question heading reads '## 2. <question>'"),
            new Case("questions out of order", "## 2. Second?", "## 3. Second?", 16, "question numbered 3 where 2 was expected"),
            new Case("no correct option", "- [x] A round trip", "- [ ] A round trip", 6, "question 1 has no correct option"),
            new Case("two correct options", "- [ ] Encryption", "- [x] Encryption", 6, "marks the options on lines [8, 10] as correct"),
            new Case("option without why", "  > why: That is TLS.\n", "", 8, "has no indented '> why: ...' line"),
            new Case("malformed option", "- [ ] No", "- No", 20, "an option reads '- [ ] text'"),
            new Case("why without option", "- [x] Yes\n", "", 18, "belongs directly under its option"),
            new Case("option after the explanation", "General explanation.", "General explanation.\n- [ ] Late\n  > why: x", 15,
                    "option after the explanation"),
            new Case("only one option", "- [ ] No\n  > why: Not so.\n", "", 16, "question 2 has 1 options; give 2 to 6"),
            new Case("no questions", GOOD.substring(GOOD.indexOf("## 1.")), "", 1, "no questions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedWithFileAndLine(Case mistake) {
        QuizFormatException e = malformed(GOOD.replace(mistake.from(), mistake.to()));
        assertEquals(FILE, e.file());
        assertEquals(mistake.line(), e.line(), e.getMessage());
        assertTrue(e.problem().contains(mistake.problem()), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":" + mistake.line() + ": "), e.getMessage());
    }
}
