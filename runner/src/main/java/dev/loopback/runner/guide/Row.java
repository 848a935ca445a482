package dev.loopback.runner.guide;

import dev.loopback.runner.output.Palette;
import dev.loopback.runner.render.DisplayWidth;
import java.io.PrintWriter;
import java.util.List;

/** One line under a lesson in the outline: the command that opens it, its title, minutes and your status. */
record Row(String command, String title, int minutes, String status) {

    /**
     * The rows with aligned columns; a status that would pass {@code width} goes on the next line, and the minutes
     * with it when even they would not fit.
     */
    static void print(List<Row> rows, String indent, int width, Palette palette, PrintWriter out) {
        int command = rows.stream().mapToInt(r -> r.command.length()).max().orElse(0);
        int title = rows.stream().mapToInt(r -> r.title.length()).max().orElse(0);
        String under = indent + " ".repeat(command + 2);
        for (Row row : rows) {
            String head = indent + palette.code(pad(row.command, command)) + "  " + pad(row.title, title);
            String minutes = palette.dim(String.format("%3d min", row.minutes));
            String line = head + "  " + minutes;
            if (DisplayWidth.of(line) + 2 + DisplayWidth.of(row.status) <= width) {
                out.println(line + "  " + row.status);
            } else if (DisplayWidth.of(line) <= width) {
                out.println(line);
                out.println(under + row.status);
            } else {
                out.println(head.stripTrailing());
                out.println(under + palette.dim(row.minutes + " min") + "  " + row.status);
            }
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
