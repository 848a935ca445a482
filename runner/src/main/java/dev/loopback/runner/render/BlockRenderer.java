package dev.loopback.runner.render;

import dev.loopback.runner.output.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/** Lays out block nodes as terminal lines of at most a given width (diagrams excepted: never wrapped). */
final class BlockRenderer {
    private final Palette palette;
    private final InlineRenderer inlines = new InlineRenderer();
    private final Wrapper wrapper;
    private final TableRenderer tables;
    private final CodeRenderer code;
    private final ListRenderer lists;
    private final Frame frame;

    BlockRenderer(Palette palette, int runsBefore) {
        this.palette = palette;
        this.wrapper = new Wrapper(palette);
        this.tables = new TableRenderer(palette, inlines);
        this.code = new CodeRenderer(palette, runsBefore);
        this.lists = new ListRenderer(this);
        this.frame = new Frame(palette);
    }

    /** The children of {@code parent}, blank-line separated unless {@code tight}. */
    List<String> children(Node parent, int width, boolean tight) {
        List<String> lines = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            List<String> block = block(child, width);
            if (!lines.isEmpty() && !block.isEmpty() && !tight) {
                lines.add("");
            }
            lines.addAll(block);
        }
        return lines;
    }

    List<String> block(Node node, int width) {
        if (node instanceof Paragraph) {
            return wrapper.wrap(inlines.render(node), width);
        } else if (node instanceof Heading heading) {
            return heading(heading, width);
        } else if (node instanceof BlockQuote quote) {
            return quote(quote, width);
        } else if (node instanceof ListBlock list) {
            return lists.render(list, width);
        } else if (node instanceof FencedCodeBlock fenced) {
            return code.render(fenced.getInfo(), fenced.getLiteral(), width);
        } else if (node instanceof IndentedCodeBlock indented) {
            return code.render("", indented.getLiteral(), width);
        } else if (node instanceof TableBlock table) {
            return tables.render(table, width);
        } else if (node instanceof ThematicBreak) {
            return List.of(palette.dim("─".repeat(width)));
        } else if (node instanceof HtmlBlock html) {
            return html.getLiteral().stripTrailing().lines().map(palette::dim).toList();
        }
        return children(node, width, false);
    }

    private List<String> heading(Heading heading, int width) {
        List<Span> spans = inlines.render(heading).stream()
                .map(span -> span.isBreak() ? span : new Span(span.text(), Style.HEADING.with(span.styles()))).toList();
        List<String> lines = new ArrayList<>(wrapper.wrap(spans, width));
        int underline = Math.min(width, lines.stream().mapToInt(DisplayWidth::of).max().orElse(0));
        if (heading.getLevel() == 1) {
            lines.add(palette.heading("═".repeat(underline)));
        } else if (heading.getLevel() == 2) {
            lines.add(palette.dim("─".repeat(underline)));
        } else if (heading.getLevel() == 3) {
            lines.add(palette.dim("┈".repeat(underline)));
        }
        return lines;
    }

    private List<String> quote(BlockQuote quote, int width) {
        return Callout.of(quote, inlines).map(callout -> callout(callout, quote, width)).orElseGet(() -> {
            List<String> lines = new ArrayList<>();
            children(quote, width - 2, false).forEach(line -> lines.add(palette.dim("│ ") + line));
            return lines;
        });
    }

    private List<String> callout(Callout callout, BlockQuote quote, int width) {
        int inner = width - 4;
        List<String> body = new ArrayList<>();
        if (!callout.title().isEmpty()) {
            body.addAll(wrapper.wrap(List.of(new Span(callout.title(), Set.of(Style.STRONG))), inner));
        }
        if (callout.bodyStart() != null) {
            body.addAll(wrapper.wrap(inlines.renderFrom(callout.bodyStart(), Set.of()), inner));
        }
        for (Node child = quote.getFirstChild().getNext(); child != null; child = child.getNext()) {
            if (!body.isEmpty()) {
                body.add("");
            }
            body.addAll(block(child, inner));
        }
        return frame.draw(callout.kind().label(), body, width);
    }
}
