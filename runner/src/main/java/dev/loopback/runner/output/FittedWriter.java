package dev.loopback.runner.output;

import dev.loopback.runner.render.DisplayWidth;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passes text on to {@code target} line by line, each line at most {@code width} columns: a longer line is broken at
 * spaces and its continuation indented like its start (under the text of a list marker such as "- " or "2. "); a word
 * wider than the line is cut. ANSI colour codes take no room. Text flushed before its line ends (a prompt, a progress
 * bar redrawn with carriage returns) goes out as it is, and the rest of that line is fitted after it.
 */
final class FittedWriter extends Writer {
    private static final Pattern INDENT = Pattern.compile("^(\\s*(?:(?:[-*•]|\\d{1,3}[.)]|[A-Z]\\))\\s+)?)");
    private final Writer target;
    private final int width;
    private final StringBuilder pending = new StringBuilder();
    private int column;

    FittedWriter(Writer target, int width) {
        this.target = target;
        this.width = width;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                fit(pending.toString());
                target.write('\n');
                pending.setLength(0);
                column = 0;
            } else if (c == '\r') {
                emitPending();
                target.write('\r');
                column = 0;
            } else {
                pending.append(c);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        emitPending();
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        target.close();
    }

    /** Writes what is pending of the current line unchanged: its end is not known yet. */
    private void emitPending() throws IOException {
        if (!pending.isEmpty()) {
            String text = pending.toString();
            target.write(text);
            column += DisplayWidth.of(text);
            pending.setLength(0);
        }
    }

    /** Writes {@code text}, the rest of a line that starts at {@link #column}, broken into lines that fit. */
    private void fit(String text) throws IOException {
        if (column + DisplayWidth.of(text) <= width) {
            target.write(text);
            return;
        }
        String indent = "";
        if (column == 0) {
            Matcher lead = INDENT.matcher(DisplayWidth.strip(text));
            indent = lead.find() && lead.group(1).length() <= width / 2 ? " ".repeat(lead.group(1).length()) : "";
        }
        int used = column;
        String rest = text;
        boolean lineStart = column == 0;
        while (used + DisplayWidth.of(rest) > width) {
            int room = width - used;
            int cut = breakAt(rest, room, lineStart ? indent.length() : 0);
            if (cut < 0 && !lineStart) {
                target.write('\n');
                used = 0;
                rest = indent + rest.stripLeading();
                lineStart = true;
                continue;
            }
            if (cut < 0) {
                cut = hardCut(rest, room);
            }
            target.write(rest.substring(0, cut).stripTrailing());
            target.write('\n');
            rest = indent + rest.substring(cut).stripLeading();
            used = 0;
            lineStart = true;
        }
        target.write(rest);
    }

    /** The index of the last space after {@code from} where {@code text} can break so the part before fits in {@code room}; -1 if none. */
    private static int breakAt(String text, int room, int from) {
        int best = -1;
        for (int i = text.indexOf(' ', from); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (DisplayWidth.of(text.substring(0, i).stripTrailing()) > room) {
                break;
            }
            if (!text.substring(0, i).isBlank()) {
                best = i;
            }
        }
        return best;
    }

    /** The longest prefix of {@code text} that fits in {@code room} columns (at least one character). */
    private static int hardCut(String text, int room) {
        int end = Character.charCount(text.codePointAt(0));
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            if (DisplayWidth.of(text.substring(0, next)) > room) {
                break;
            }
            end = next;
        }
        return end;
    }
}
