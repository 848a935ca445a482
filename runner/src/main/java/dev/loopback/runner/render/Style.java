package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.EnumSet;
import java.util.Set;

/** A text style the renderer applies through the {@link Palette}. */
enum Style {
    HEADING, STRONG, EMPHASIS, CODE, LINK, DIM;

    /** This style added to {@code others}. */
    Set<Style> with(Set<Style> others) {
        EnumSet<Style> all = EnumSet.of(this);
        all.addAll(others);
        return all;
    }

    /** {@code text} in every style of {@code styles}, innermost first. */
    static String apply(Palette palette, Set<Style> styles, String text) {
        String styled = text;
        for (Style style : styles) {
            styled = switch (style) {
                case HEADING -> palette.heading(styled);
                case STRONG -> palette.strong(styled);
                case EMPHASIS -> palette.emphasis(styled);
                case CODE -> palette.code(styled);
                case LINK -> palette.link(styled);
                case DIM -> palette.dim(styled);
            };
        }
        return styled;
    }
}
