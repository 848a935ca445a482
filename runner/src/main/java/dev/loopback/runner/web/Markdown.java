package dev.loopback.runner.web;

import dev.loopback.runner.lesson.Sections;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.BlockQuote;
import dev.loopback.runner.scratch.LessonSnippets;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Lessons and task pages as HTML: commonmark's HTML renderer with the tables and heading-anchor extensions, so a
 * heading's id is the anchor the terminal's {@code open 05 <section>} and the grader's "See Lesson 05 - section"
 * name. Raw HTML in the Markdown is escaped and unsafe link schemes dropped.
 */
final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).attributeProviderFactory(context -> new Attributes())
            .nodeRendererFactory(HighlightedCode::new).build();

    /** One heading of the document: level, text and anchor. */
    record Heading2(int level, String title, String anchor) {}

    /** The document rendered, and its headings in order. */
    record Rendered(String html, List<Heading2> headings) {}

    private Markdown() {}

    static Rendered render(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Heading2> headings = new ArrayList<>();
        IdGenerator ids = IdGenerator.builder().build();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                String title = Sections.text(heading);
                headings.add(new Heading2(heading.getLevel(), title, ids.generateId(title)));
            }
        }
        return new Rendered(RENDERER.render(document), headings);
    }

    /** The anchor of the section titled {@code title} (its first occurrence), as the heading-anchor extension makes it. */
    static String anchor(String title) {
        return IdGenerator.builder().build().generateId(title);
    }

    /**
     * Attributes for one rendering: {@code > [!NOTE] ...} blockquotes become styled callouts, and each runnable snippet's
     * {@code <pre>} (a {@code jshell} block, numbered as {@code run 05 N} numbers them) carries {@code data-run="N"}.
     */
    private static final class Attributes implements AttributeProvider {
        private int snippets;

        @Override
        public void setAttributes(Node node, String tag, Map<String, String> attributes) {
            if (node instanceof FencedCodeBlock block && tag.equals("pre") && LessonSnippets.isRunnable(block)) {
                attributes.put("data-run", String.valueOf(++snippets));
            }
            callouts(node, tag, attributes);
        }
    }

    /** Fenced code as {@code <pre><code class="language-X">} with its tokens marked ({@link CodeHighlight}). */
    private static final class HighlightedCode implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        HighlightedCode(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock block = (FencedCodeBlock) node;
            String info = block.getInfo() == null ? "" : block.getInfo().strip();
            String language = info.isEmpty() ? "" : info.split("\\s+")[0];
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag("pre", context.extendAttributes(node, "pre", Map.of()));
            Map<String, String> code = new LinkedHashMap<>();
            if (!language.isEmpty()) {
                code.put("class", "language-" + language);
            }
            html.tag("code", context.extendAttributes(node, "code", code));
            html.raw(CodeHighlight.html(language, block.getLiteral()));
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }
    }

    /** {@code > [!NOTE] ...} blockquotes become styled callouts. */
    private static void callouts(Node node, String tag, Map<String, String> attributes) {
        if (node instanceof BlockQuote && node.getFirstChild() instanceof Paragraph paragraph
                && paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith("[!")) {
            String kind = text.getLiteral().replaceFirst("^\\[!([A-Za-z]+)\\].*", "$1").toLowerCase();
            attributes.put("class", "callout callout-" + kind.replaceAll("[^a-z]", ""));
        }
    }

}
