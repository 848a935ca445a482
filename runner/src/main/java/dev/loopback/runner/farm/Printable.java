package dev.loopback.runner.farm;

/**
 * Text from a message or an archive made safe to echo in a log line or the gradebook: at most {@code max} characters,
 * every control, format (such as a right-to-left override) or line-separator character shown as '?', so a message
 * can never start a line of its own in a worker's log nor disguise what it says.
 */
final class Printable {
    private Printable() {}

    static String of(String text, int max) {
        if (text == null) {
            return "(missing)";
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> shown.appendCodePoint(unsafe(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > max ? shown + "..." : shown.toString();
    }

    /** Whether {@code c} may not appear in a log line or a name as it is. */
    static boolean unsafe(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }
}
