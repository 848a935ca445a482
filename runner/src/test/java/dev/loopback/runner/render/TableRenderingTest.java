package dev.loopback.runner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.output.Palette;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TableRenderingTest {
    private static final String TABLE = """
            | | TCP | UDP |
            |---|---|---|
            | Guarantees | In-order, no loss, with handshake | Best-effort, may drop or reorder, no handshake |
            | Cost | Setup round trip plus bookkeeping | Almost none: fire and forget |
            """;

    private static List<String> render(String markdown, int width, boolean colour) {
        return new MarkdownRenderer(Palette.of(colour), width).render(markdown).lines().toList();
    }

    @Test
    void aNarrowTableIsDrawnAtItsNaturalWidth() {
        assertEquals(List.of(
                "┌──────┬─────┐",
                "│ Port │ Use │",
                "├──────┼─────┤",
                "│  443 │ web │",
                "│ 5432 │ db  │",
                "└──────┴─────┘"), render("| Port | Use |\n|---:|---|\n| 443 | web |\n| 5432 | db |\n", 80, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80, 120})
    void aWideTableWrapsItsCellsAndEveryLineHasTheSameWidth(int width) {
        List<String> lines = render(TABLE, width, false);
        int tableWidth = DisplayWidth.of(lines.get(0));
        assertTrue(tableWidth <= width, "table of " + tableWidth + " columns in " + width);
        lines.forEach(line -> assertEquals(tableWidth, DisplayWidth.of(line), line));
        String text = String.join(" ", lines);
        assertTrue(text.contains("handshake") && text.contains("forget"), text);
    }

    @Test
    void colouredCellsMeasureByWhatIsVisible() {
        List<String> lines = render("| a | b |\n|---|---|\n| **bold** and `code` | [link](http://x.org) |\n", 30, true);
        int width = DisplayWidth.of(lines.get(0));
        lines.forEach(line -> assertEquals(width, DisplayWidth.of(line), line));
        assertTrue(lines.stream().anyMatch(line -> line.contains("\u001b[")));
    }

    @Test
    void wideCharactersCountTwoColumns() {
        List<String> lines = render("| 記号 | ok |\n|---|---|\n| 🎯 | ✅ done |\n", 40, false);
        int width = DisplayWidth.of(lines.get(0));
        lines.forEach(line -> assertEquals(width, DisplayWidth.of(line), line));
        assertEquals("│ 記号 │ ok      │", lines.get(1));
    }

    @Test
    void layoutSharesSpareColumnsByWhatEachColumnWants() {
        int[] widths = TableLayout.widths(new int[] {10, 50, 50}, new int[] {10, 9, 12}, 60);
        assertEquals(60 - TableLayout.frameWidth(3), TableLayout.sum(widths));
        assertEquals(10, widths[0]);
    }

    @Test
    void layoutNeverGoesBelowOneColumnEvenWhenWordsCannotFit() {
        int[] widths = TableLayout.widths(new int[] {30, 30}, new int[] {30, 30}, 20);
        assertEquals(20 - TableLayout.frameWidth(2), TableLayout.sum(widths));
    }
}
