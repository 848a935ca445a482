package dev.loopback.runner.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Turns inline nodes (text, emphasis, code, links) into styled spans; soft breaks become spaces. */
final class InlineRenderer {

    /** The inline children of {@code block} as spans. */
    List<Span> render(Node block) {
        return renderFrom(block.getFirstChild(), EnumSet.noneOf(Style.class));
    }

    /** {@code first} and its following siblings as spans, each also in {@code styles}. */
    List<Span> renderFrom(Node first, Set<Style> styles) {
        List<Span> spans = new ArrayList<>();
        for (Node node = first; node != null; node = node.getNext()) {
            inline(node, styles, spans);
        }
        return spans;
    }

    /** One inline node (and its children) as spans. */
    List<Span> one(Node node) {
        List<Span> spans = new ArrayList<>();
        inline(node, EnumSet.noneOf(Style.class), spans);
        return spans;
    }

    private void inline(Node node, Set<Style> styles, List<Span> out) {
        if (node instanceof Text text) {
            out.add(new Span(text.getLiteral(), styles));
        } else if (node instanceof Code code) {
            out.add(new Span(code.getLiteral(), with(styles, Style.CODE)));
        } else if (node instanceof SoftLineBreak) {
            out.add(new Span(" ", styles));
        } else if (node instanceof HardLineBreak) {
            out.add(Span.BREAK);
        } else if (node instanceof Emphasis) {
            out.addAll(renderFrom(node.getFirstChild(), with(styles, Style.EMPHASIS)));
        } else if (node instanceof StrongEmphasis) {
            out.addAll(renderFrom(node.getFirstChild(), with(styles, Style.STRONG)));
        } else if (node instanceof Link link) {
            link(link, styles, out);
        } else if (node instanceof Image image) {
            out.add(new Span("[image: " + plain(renderFrom(image.getFirstChild(), styles)) + "]", with(styles, Style.DIM)));
        } else if (node instanceof HtmlInline html) {
            out.add(new Span(html.getLiteral(), with(styles, Style.DIM)));
        } else {
            out.addAll(renderFrom(node.getFirstChild(), styles));
        }
    }

    private void link(Link link, Set<Style> styles, List<Span> out) {
        List<Span> text = renderFrom(link.getFirstChild(), with(styles, Style.LINK));
        String target = link.getDestination();
        out.addAll(text);
        if (!plain(text).equals(target) && !("mailto:" + plain(text)).equals(target)) {
            out.add(new Span(" (" + target + ")", with(styles, Style.DIM)));
        }
    }

    /** The text of spans without styles. */
    static String plain(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.isBreak() ? " " : span.text()));
        return text.toString();
    }

    private static Set<Style> with(Set<Style> styles, Style style) {
        EnumSet<Style> more = styles.isEmpty() ? EnumSet.noneOf(Style.class) : EnumSet.copyOf(styles);
        more.add(style);
        return more;
    }
}
