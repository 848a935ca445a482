package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets code apart: {@code diagram} blocks verbatim, {@code jshell} blocks numbered "[run N]" in lesson order, code
 * behind a gutter, its lines wider than the page folded with a "↪" at the start of each continuation.
 */
final class CodeRenderer {
    private static final String INDENT = "  ";
    private static final String GUTTER = "│ ";
    private final Palette palette;
    private int runs;

    CodeRenderer(Palette palette, int runsBefore) {
        this.palette = palette;
        this.runs = runsBefore;
    }

    List<String> render(String info, String literal, int width) {
        String language = info == null ? "" : info.strip().split("\\s+")[0];
        List<String> code = literal.stripTrailing().lines().toList();
        List<String> lines = new ArrayList<>();
        if (language.equals("diagram")) {
            code.forEach(line -> lines.add(INDENT + line));
            return lines;
        }
        if (language.equals("jshell")) {
            runs++;
            lines.add(INDENT + palette.strong("[run " + runs + "]") + palette.dim(" jshell"));
        }
        int room = width - INDENT.length() - GUTTER.length();
        for (String line : code) {
            List<String> pieces = CodeFold.fold(line.replace("\t", "    "), room);
            lines.add(INDENT + palette.dim(GUTTER) + palette.code(pieces.get(0)));
            pieces.subList(1, pieces.size()).forEach(piece ->
                    lines.add(INDENT + palette.dim(GUTTER + CodeFold.MARK) + palette.code(piece)));
        }
        return lines;
    }
}
