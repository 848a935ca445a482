package dev.loopback.runner.scratch;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The runnable snippets of a lesson: fenced code blocks whose info string starts with {@code jshell}, numbered
 * from 1 in document order (the renderer's "[run N]" uses the same numbering).
 */
public final class LessonSnippets {
    private LessonSnippets() {}

    /** Whether {@code block} is a runnable snippet. */
    public static boolean isRunnable(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        return info.split("\\s+")[0].equals("jshell");
    }

    /** The source of every runnable snippet in {@code document}; snippet N is at index N - 1. */
    public static List<String> of(Node document) {
        List<String> snippets = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (isRunnable(block)) {
                    snippets.add(block.getLiteral());
                }
            }
        });
        return List.copyOf(snippets);
    }

    /** The runnable snippets of a lesson's Markdown source. */
    public static List<String> of(String markdown) {
        return of(Parser.builder().build().parse(markdown));
    }
}
