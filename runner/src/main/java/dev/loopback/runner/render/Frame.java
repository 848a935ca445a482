package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.ArrayList;
import java.util.List;

/** Draws a labelled box around lines; a box whose content is too wide keeps only its left side. */
final class Frame {
    private final Palette palette;

    Frame(Palette palette) {
        this.palette = palette;
    }

    /** {@code body} framed to {@code width} columns, {@code label} set into the top border. */
    List<String> draw(String label, List<String> body, int width) {
        int inner = width - 4;
        boolean closed = body.stream().allMatch(line -> DisplayWidth.of(line) <= inner);
        List<String> lines = new ArrayList<>();
        String top = "┌─ " + label + " ";
        int rest = Math.max(1, width - DisplayWidth.of(top) - 1);
        lines.add(palette.dim("┌─ ") + palette.strong(label) + palette.dim(" " + "─".repeat(rest) + (closed ? "┐" : "─")));
        for (String line : body) {
            String padded = closed ? DisplayWidth.pad(line, inner, DisplayWidth.Align.LEFT) : line;
            lines.add(palette.dim("│") + " " + padded + (closed ? " " + palette.dim("│") : ""));
        }
        lines.add(palette.dim("└" + "─".repeat(Math.max(1, width - 2)) + (closed ? "┘" : "─")));
        return lines;
    }
}
