package dev.loopback.grader.compile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Turns javac's diagnostics into {@link SourceDiagnostic}s with columns counted in characters. */
final class Diagnostics {
    private Diagnostics() {}

    static SourceDiagnostic of(Diagnostic<? extends JavaFileObject> d) {
        String message = d.getMessage(Locale.ROOT);
        JavaFileObject source = d.getSource();
        if (source == null || d.getPosition() == Diagnostic.NOPOS) {
            return new SourceDiagnostic(null, 0, 0, d.getKind().name(), message, "");
        }
        Path file = Path.of(source.toUri());
        try {
            return at(file, source.getCharContent(true).toString(), (int) d.getPosition(), d.getKind().name(), message);
        } catch (IOException e) {
            return new SourceDiagnostic(file, d.getLineNumber(), d.getColumnNumber(), d.getKind().name(), message, "");
        }
    }

    /** The diagnostic at character offset {@code position} of {@code text}. */
    static SourceDiagnostic at(Path file, String text, int position, String kind, String message) {
        int lineStart = text.lastIndexOf('\n', position - 1) + 1;
        int lineEnd = text.indexOf('\n', position);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).replace("\r", "");
        long lineNumber = text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return new SourceDiagnostic(file, lineNumber, position - lineStart + 1, kind, message, line);
    }
}
