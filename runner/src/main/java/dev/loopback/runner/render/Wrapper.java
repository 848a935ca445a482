package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Greedy word wrap of styled spans to a column width; words longer than the width are split. */
final class Wrapper {
    private final Palette palette;

    Wrapper(Palette palette) {
        this.palette = palette;
    }

    /** The spans as styled lines, none wider than {@code width} columns. */
    List<String> wrap(List<Span> spans, int width) {
        List<String> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        int used = 0;
        for (List<Span> word : Words.of(spans)) {
            if (word.size() == 1 && word.get(0).isBreak()) {
                lines.add(render(line));
                line.clear();
                used = 0;
                continue;
            }
            int columns = Words.width(word);
            if (used > 0 && used + 1 + columns > width) {
                lines.add(render(line));
                line.clear();
                used = 0;
            }
            if (used > 0) {
                line.add(new Span(" ", sharedStyles(line.get(line.size() - 1), word.get(0))));
                used++;
            }
            for (Span piece : word) {
                for (String chunk : split(piece.text(), width, used)) {
                    if (used > 0 && used + DisplayWidth.of(chunk) > width) {
                        lines.add(render(line));
                        line.clear();
                        used = 0;
                    }
                    line.add(new Span(chunk, piece.styles()));
                    used += DisplayWidth.of(chunk);
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(render(line));
        }
        return lines;
    }

    private static Set<Style> sharedStyles(Span before, Span after) {
        return before.styles().equals(after.styles()) ? before.styles() : Set.of();
    }

    /** Pieces of {@code text} that fit: the first in what is left of the line, the rest in whole lines. */
    private static List<String> split(String text, int width, int used) {
        List<String> chunks = new ArrayList<>();
        int room = used > 0 && DisplayWidth.of(text) <= width - used ? width - used : width;
        StringBuilder chunk = new StringBuilder();
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = DisplayWidth.codePoint(cp);
            if (columns + w > room && columns > 0) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                columns = 0;
                room = width;
            }
            chunk.appendCodePoint(cp);
            columns += w;
            i += Character.charCount(cp);
        }
        chunks.add(chunk.toString());
        return chunks;
    }

    /** One line of spans as text, neighbouring spans of one style merged so escapes stay few. */
    String render(List<Span> line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.size()) {
            Set<Style> styles = line.get(i).styles();
            StringBuilder run = new StringBuilder();
            while (i < line.size() && line.get(i).styles().equals(styles)) {
                run.append(line.get(i++).text());
            }
            out.append(styles.isEmpty() ? run : Style.apply(palette, styles, run.toString()));
        }
        return out.toString();
    }
}
