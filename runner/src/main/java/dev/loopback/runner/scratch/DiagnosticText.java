package dev.loopback.runner.scratch;

import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/** The compiler's errors for a rejected snippet, each with the offending line and a caret under the spot. */
final class DiagnosticText {
    private final JShell shell;

    DiagnosticText(JShell shell) {
        this.shell = shell;
    }

    /** Every error for {@code snippet}, or a plain sentence when the compiler gave none. */
    String of(Snippet snippet) {
        String text = shell.diagnostics(snippet)
                .filter(Diag::isError)
                .map(diag -> format(snippet.source(), diag))
                .collect(Collectors.joining(System.lineSeparator()));
        return text.isEmpty() ? "error: this snippet was not accepted: " + snippet.source().strip() : text;
    }

    private static String format(String source, Diag diag) {
        int position = (int) Math.max(0, Math.min(diag.getPosition(), source.length()));
        int lineStart = source.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = source.indexOf('\n', position);
        String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        String caret = " ".repeat(position - lineStart) + "^";
        return "error: " + diag.getMessage(Locale.ROOT).strip() + System.lineSeparator()
                + "    " + line + System.lineSeparator() + "    " + caret;
    }
}
