package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Renders a Markdown document (GFM tables, lesson callouts) as terminal text of a given width. */
public final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final Palette palette;
    private final int width;

    public MarkdownRenderer(Palette palette, int width) {
        this.palette = palette;
        this.width = Math.max(20, width);
    }

    /** The document as lines joined by newlines, with a trailing newline. */
    public String render(String markdown) {
        Node document = PARSER.parse(markdown);
        List<String> lines = new BlockRenderer(palette).children(document, width, false);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
