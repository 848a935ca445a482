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
    private final int runsBefore;

    public MarkdownRenderer(Palette palette, int width) {
        this(palette, width, 0);
    }

    private MarkdownRenderer(Palette palette, int width, int runsBefore) {
        this.palette = palette;
        this.width = Math.max(20, width);
        this.runsBefore = runsBefore;
    }

    /** A renderer for part of a document: its first {@code jshell} snippet is numbered {@code runsBefore + 1}. */
    public MarkdownRenderer numberingRunsAfter(int runs) {
        return new MarkdownRenderer(palette, width, runs);
    }

    /** The document as lines joined by newlines, with a trailing newline. */
    public String render(String markdown) {
        Node document = PARSER.parse(markdown);
        List<String> lines = new BlockRenderer(palette, runsBefore).children(document, width, false);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
