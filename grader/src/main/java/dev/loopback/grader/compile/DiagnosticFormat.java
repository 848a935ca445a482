package dev.loopback.grader.compile;

import java.nio.file.Path;

/** Prints a diagnostic the way javac users know it: {@code path:line:col: message}, the line, a caret. */
public final class DiagnosticFormat {
    private DiagnosticFormat() {}

    /** The diagnostic with its file shown relative to {@code base} when it lies inside it. */
    public static String format(SourceDiagnostic d, Path base) {
        Path file = d.file() == null ? null : d.file().toAbsolutePath();
        String where = file == null ? "" : display(file, base) + ":" + d.line() + ":" + d.column() + ": ";
        StringBuilder out = new StringBuilder(where).append(d.kind().equals("ERROR") ? "error: " : "warning: ")
                .append(d.message().strip());
        if (!d.sourceLine().isEmpty() && d.column() > 0) {
            out.append('\n').append(d.sourceLine()).append('\n').append(caret(d.sourceLine(), d.column()));
        }
        return out.toString();
    }

    private static String display(Path file, Path base) {
        Path root = base.toAbsolutePath();
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }

    /** Spaces up to the column, keeping tabs as tabs so the caret lines up in a terminal. */
    static String caret(String line, long column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1 && i < line.length(); i++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.append('^').toString();
    }
}
