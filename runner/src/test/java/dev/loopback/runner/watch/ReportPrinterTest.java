package dev.loopback.runner.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Palette;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {
    private static final String FEEDBACK = "500 status checks whose upstream answered BUSY left 500 sockets open: the error"
            + " path never closes its socket.";
    private static final String HINT = "Close the socket in a finally block or with try-with-resources, so the error path"
            + " gives its descriptor back too.";

    @Test
    void failingCriteriaWrapAtWordsUnderTheirBullet() {
        StringWriter out = new StringWriter();
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                prompt -> Optional.empty(), Palette.of(false), 60, false);
        GradeReport report = new GradeReport(true, 70, 100, false, List.of(
                new GradeReport.Criterion("error-path", "Error path", 30, 0, false, FEEDBACK, "Lesson 05 - Too many open files",
                        List.of(HINT), "hint fd-leak shows hint 2 of 3.")), List.of());

        ReportPrinter.print("Fd leak", report, console);

        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.stream().allMatch(line -> line.length() <= 60), out.toString());
        assertTrue(lines.get(1).startsWith("  - Error path (0/30): 500 status checks"), out.toString());
        assertTrue(lines.stream().skip(2).allMatch(line -> line.startsWith("    ")), out.toString());
        assertEquals(words("Fd leak: 70 / 100, not passing yet - Error path (0/30): " + FEEDBACK
                + " see Lesson 05 - Too many open files hint 1: " + HINT + " hint fd-leak shows hint 2 of 3."),
                words(out.toString()));
    }

    @Test
    void withNoLevelUnlockedTheCriterionSaysHowToUnlockOne() {
        StringWriter out = new StringWriter();
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                prompt -> Optional.empty(), Palette.of(false), 80, false);
        GradeReport report = new GradeReport(true, 70, 100, false, List.of(
                new GradeReport.Criterion("error-path", "Error path", 30, 0, false, FEEDBACK, "Lesson 05 - Too many open files",
                        List.of(), "Stuck? hint fd-leak shows one.")), List.of());

        ReportPrinter.print("Fd leak", report, console);

        assertEquals(words("Fd leak: 70 / 100, not passing yet - Error path (0/30): " + FEEDBACK
                + " see Lesson 05 - Too many open files Stuck? hint fd-leak shows one."), words(out.toString()));
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
