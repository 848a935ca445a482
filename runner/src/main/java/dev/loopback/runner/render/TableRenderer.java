package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/** Draws a GFM table as a box that fits the width: cells wrap, the frame never breaks. */
final class TableRenderer {
    private final Palette palette;
    private final InlineRenderer inlines;
    private final Wrapper wrapper;

    TableRenderer(Palette palette, InlineRenderer inlines) {
        this.palette = palette;
        this.inlines = inlines;
        this.wrapper = new Wrapper(palette);
    }

    List<String> render(TableBlock table, int width) {
        List<List<List<Span>>> rows = new ArrayList<>();
        List<List<DisplayWidth.Align>> aligns = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows.add(cells(row, section instanceof TableHead));
                aligns.add(aligns(row));
                headerRows += section instanceof TableHead ? 1 : 0;
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        int[] widths = TableLayout.widths(TableLayout.natural(rows, columns), TableLayout.minimum(rows, columns), width);
        List<List<List<String>>> wrapped = new ArrayList<>();
        for (List<List<Span>> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                cells.add(i < row.size() ? wrapper.wrap(row.get(i), widths[i]) : List.of(""));
            }
            wrapped.add(cells);
        }
        return draw(wrapped, aligns, widths, headerRows);
    }

    private List<String> draw(List<List<List<String>>> rows, List<List<DisplayWidth.Align>> aligns, int[] widths,
            int headerRows) {
        boolean ruleEveryRow = rows.stream().skip(headerRows).anyMatch(r -> r.stream().anyMatch(c -> c.size() > 1));
        List<String> lines = new ArrayList<>();
        lines.add(rule("┌", "┬", "┐", widths));
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0 && (r == headerRows || ruleEveryRow)) {
                lines.add(rule("├", "┼", "┤", widths));
            }
            lines.addAll(row(rows.get(r), aligns.get(r), widths));
        }
        lines.add(rule("└", "┴", "┘", widths));
        return lines;
    }

    private List<String> row(List<List<String>> cells, List<DisplayWidth.Align> aligns, int[] widths) {
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < height; l++) {
            StringBuilder line = new StringBuilder(palette.dim("│"));
            for (int c = 0; c < widths.length; c++) {
                String text = l < cells.get(c).size() ? cells.get(c).get(l) : "";
                DisplayWidth.Align align = c < aligns.size() ? aligns.get(c) : DisplayWidth.Align.LEFT;
                line.append(' ').append(DisplayWidth.pad(text, widths[c], align)).append(' ').append(palette.dim("│"));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String rule(String left, String middle, String right, int[] widths) {
        StringBuilder rule = new StringBuilder(left);
        for (int c = 0; c < widths.length; c++) {
            rule.append("─".repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : middle);
        }
        return palette.dim(rule.toString());
    }

    private List<List<Span>> cells(Node row, boolean header) {
        List<List<Span>> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            List<Span> spans = inlines.render(cell);
            cells.add(header ? spans.stream().map(TableRenderer::strong).toList() : spans);
        }
        return cells;
    }

    private static Span strong(Span span) {
        if (span.isBreak()) {
            return span;
        }
        EnumSet<Style> styles = EnumSet.of(Style.STRONG);
        styles.addAll(span.styles());
        return new Span(span.text(), styles);
    }

    private static List<DisplayWidth.Align> aligns(Node row) {
        List<DisplayWidth.Align> aligns = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            TableCell.Alignment alignment = ((TableCell) cell).getAlignment();
            aligns.add(alignment == TableCell.Alignment.RIGHT ? DisplayWidth.Align.RIGHT
                    : alignment == TableCell.Alignment.CENTER ? DisplayWidth.Align.CENTER : DisplayWidth.Align.LEFT);
        }
        return aligns;
    }
}
