package dev.loopback.grader.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticFormatTest {
    private final Path base = Path.of("/course").toAbsolutePath();

    @Test
    void printsPathLineColumnMessageSourceLineAndCaret() {
        SourceDiagnostic d = Diagnostics.at(base.resolve("p/A.java"), "class A {\n  int x = y;\n}\n", 20, "ERROR",
                "cannot find symbol");

        assertEquals("p/A.java:2:11: error: cannot find symbol\n  int x = y;\n          ^", DiagnosticFormat.format(d, base));
    }

    @Test
    void keepsTabsInTheCaretPaddingSoItLinesUp() {
        assertEquals("\t\t  ^", DiagnosticFormat.caret("\t\tx = y;", 5));
    }

    @Test
    void aDiagnosticWithoutAPlaceIsJustItsMessage() {
        SourceDiagnostic d = new SourceDiagnostic(null, 0, 0, "ERROR", "no .java files found", "");

        assertEquals("error: no .java files found", DiagnosticFormat.format(d, base));
    }
}
