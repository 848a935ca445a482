package dev.loopback.runner.render;

import java.util.EnumSet;
import java.util.Set;

/** A run of text in one set of styles; a span whose text is "\n" is a hard line break. */
record Span(String text, Set<Style> styles) {
    static final Span BREAK = new Span("\n", Set.of());

    Span {
        styles = styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
    }

    static Span plain(String text) {
        return new Span(text, Set.of());
    }

    boolean isBreak() {
        return text.equals("\n");
    }
}
