package dev.loopback.grader.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.GradeResult;
import dev.loopback.grader.compile.DiagnosticFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that a report wrapped to a width keeps within it (bar lone long words and diagnostics) and loses no word. */
public final class WrappedReport {
    private WrappedReport() {}

    /** Asserts both properties of {@code result}'s text report at {@code width} columns. */
    public static void assertWrapsTo(GradeResult result, int width) {
        String wrapped = TextReport.render(result, Style.PLAIN, width);
        Set<String> verbatim = result.diagnostics().stream().flatMap(d -> DiagnosticFormat.format(d, result.base()).lines())
                .collect(Collectors.toSet());
        List<String> tooWide = wrapped.lines().filter(line -> line.length() > width && !verbatim.contains(line)
                && line.strip().contains(" ")).toList();
        assertAll(
                () -> assertTrue(tooWide.isEmpty(), "lines wider than " + width + ": " + tooWide + "\n" + wrapped),
                () -> assertEquals(words(TextReport.render(result)), words(wrapped), wrapped));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).toList();
    }
}
