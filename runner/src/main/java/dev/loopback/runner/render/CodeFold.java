package dev.loopback.runner.render;

import java.util.ArrayList;
import java.util.List;

/** Folds a code line wider than the room into pieces; the renderer starts each piece after the first with {@link #MARK}. */
final class CodeFold {
    static final String MARK = "↪ ";
    private static final int MIN_ROOM = 8;

    private CodeFold() {}

    /** {@code line} as pieces: the first at most {@code columns} wide, the others {@code MARK} narrower. */
    static List<String> fold(String line, int columns) {
        int room = Math.max(MIN_ROOM, columns);
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (DisplayWidth.of(rest) > room) {
            int cut = cut(rest, room);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut);
            room = Math.max(MIN_ROOM, columns - MARK.length());
        }
        pieces.add(rest);
        return pieces;
    }

    /** The index after as many characters as fit in {@code room}, pulled back to just after a space in its second half. */
    private static int cut(String text, int room) {
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int w = DisplayWidth.codePoint(cp);
            if (used + w > room) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        int space = text.lastIndexOf(' ', end - 1);
        return space >= end / 2 && space > 0 ? space + 1 : Math.max(end, 1);
    }
}
