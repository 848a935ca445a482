package dev.loopback.runner.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/** Bullet and numbered lists with a hanging indent, nested lists indented under their item. */
final class ListRenderer {
    private static final String[] BULLETS = {"•", "◦", "▪"};
    private final BlockRenderer blocks;

    ListRenderer(BlockRenderer blocks) {
        this.blocks = blocks;
    }

    List<String> render(ListBlock list, int width) {
        int depth = depth(list);
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        int items = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items++;
        }
        int markerWidth = list instanceof BulletList ? 2 : String.valueOf(number + items - 1).length() + 2;
        List<String> lines = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
            String marker = list instanceof BulletList ? BULLETS[depth % BULLETS.length] + " " : number + ". ";
            List<String> body = blocks.children(item, Math.max(10, width - markerWidth), list.isTight());
            if (!lines.isEmpty() && !list.isTight()) {
                lines.add("");
            }
            for (int i = 0; i < body.size(); i++) {
                String prefix = i == 0 ? DisplayWidth.pad(marker, markerWidth, DisplayWidth.Align.RIGHT) : " ".repeat(markerWidth);
                lines.add(body.get(i).isEmpty() ? "" : prefix + body.get(i));
            }
            if (body.isEmpty()) {
                lines.add(marker.stripTrailing());
            }
        }
        return lines;
    }

    private static int depth(Node list) {
        int depth = 0;
        for (Node parent = list.getParent(); parent != null; parent = parent.getParent()) {
            depth += parent instanceof ListBlock ? 1 : 0;
        }
        return depth;
    }
}
