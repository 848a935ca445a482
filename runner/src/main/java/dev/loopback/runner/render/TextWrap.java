package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.List;

/** Word wrap for plain sentences outside Markdown (outline notes, messages). */
public final class TextWrap {
    private TextWrap() {}

    /** {@code text} as lines of at most {@code width} columns. */
    public static List<String> wrap(String text, int width) {
        return new Wrapper(Palette.of(false)).wrap(List.of(Span.plain(text)), Math.max(10, width));
    }
}
