package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets code apart, never wrapped: {@code diagram} blocks verbatim, {@code jshell} blocks numbered
 * "[run N]" in lesson order, any other code behind a gutter.
 */
final class CodeRenderer {
    private static final String INDENT = "  ";
    private final Palette palette;
    private int runs;

    CodeRenderer(Palette palette, int runsBefore) {
        this.palette = palette;
        this.runs = runsBefore;
    }

    List<String> render(String info, String literal) {
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
        code.forEach(line -> lines.add(INDENT + palette.dim("│ ") + palette.code(line.replace("\t", "    "))));
        return lines;
    }
}
