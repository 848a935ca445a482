package dev.loopback.runner.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/** A block quote whose first line is a marker like {@code [!TRAP] optional title}. */
record Callout(CalloutKind kind, String title, Node bodyStart) {
    private static final Pattern MARKER = Pattern.compile("^\\s*\\[!([A-Za-z]+)]\\s*(.*)$");

    /**
     * The callout {@code quote} is, if its first paragraph starts with a known marker; {@code bodyStart} is the
     * first inline after the marker line (null when the paragraph holds only the marker).
     */
    static Optional<Callout> of(BlockQuote quote, InlineRenderer inlines) {
        if (!(quote.getFirstChild() instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        StringBuilder firstLine = new StringBuilder();
        Node node = paragraph.getFirstChild();
        while (node != null && !(node instanceof SoftLineBreak) && !(node instanceof HardLineBreak)) {
            firstLine.append(InlineRenderer.plain(inlines.one(node)));
            node = node.getNext();
        }
        Matcher marker = MARKER.matcher(firstLine);
        if (!marker.matches()) {
            return Optional.empty();
        }
        Node bodyStart = node == null ? null : node.getNext();
        return CalloutKind.of(marker.group(1)).map(kind -> new Callout(kind, marker.group(2).strip(), bodyStart));
    }
}
