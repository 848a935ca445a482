package dev.loopback.runner.render;

import java.util.regex.Pattern;

/** How many terminal columns text takes: ANSI escapes count zero, wide (CJK, emoji) characters two. */
public final class DisplayWidth {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(\u0007|\u001b\\\\)");
    private static final int VARIATION_EMOJI = 0xFE0F;

    private DisplayWidth() {}

    /** The columns {@code text} occupies on one terminal line. */
    public static int of(String text) {
        String visible = strip(text);
        int width = 0;
        int previous = 0;
        for (int i = 0; i < visible.length(); ) {
            int cp = visible.codePointAt(i);
            if (cp == VARIATION_EMOJI && previous == 1) {
                width += 1;
            }
            previous = codePoint(cp);
            width += previous;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** {@code text} without ANSI escape sequences. */
    public static String strip(String text) {
        return text.indexOf('\u001b') < 0 ? text : ANSI.matcher(text).replaceAll("");
    }

    /** Columns of one code point: 0 for marks and controls, 2 for wide characters, else 1. */
    static int codePoint(int cp) {
        int type = Character.getType(cp);
        if (cp == 0 || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || type == Character.CONTROL) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6FF)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x231A || cp == 0x231B || cp == 0x23F0
                || cp == 0x23F3 || cp == 0x2705 || cp == 0x274C || cp == 0x2753 || cp == 0x2757
                || (cp >= 0x2614 && cp <= 0x2615) || cp == 0x26A1 || cp == 0x26D4 || cp == 0x2B50;
    }

    /** {@code text} padded with spaces to {@code columns}, aligned left, right or centre. */
    static String pad(String text, int columns, Align align) {
        int gap = Math.max(0, columns - of(text));
        return switch (align) {
            case LEFT -> text + " ".repeat(gap);
            case RIGHT -> " ".repeat(gap) + text;
            case CENTER -> " ".repeat(gap / 2) + text + " ".repeat(gap - gap / 2);
        };
    }

    /** Horizontal alignment within a padded cell. */
    enum Align { LEFT, CENTER, RIGHT }
}
