package dev.loopback.runner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.output.Palette;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static String plain(String markdown, int width) {
        return new MarkdownRenderer(Palette.of(false), width).render(markdown);
    }

    private static List<String> lines(String markdown, int width) {
        return plain(markdown, width).lines().toList();
    }

    @Test
    void headingsLoseTheirHashesAndAreUnderlinedByLevel() {
        assertEquals(List.of("Network sockets", "═══════════════", "", "The handshake", "─────────────", "", "TCP vs UDP",
                "┈┈┈┈┈┈┈┈┈┈", "", "Aside"), lines("# Network sockets\n\n## The handshake\n\n### TCP vs UDP\n\n#### Aside\n", 40));
    }

    @Test
    void emphasisStrongAndCodeLoseTheirMarkersInPlainText() {
        assertEquals("a socket is *not* free: **each** uses an `fd`\n".replaceAll("[*`]", ""),
                plain("a socket is *not* free: **each** uses an `fd`", 80));
    }

    @Test
    void emphasisStrongAndCodeAreStyledWithAnsiColour() {
        String rendered = new MarkdownRenderer(Palette.of(true), 80).render("*not* **each** `fd`");
        assertTrue(rendered.contains("\u001b[3mnot\u001b[0m"), rendered);
        assertTrue(rendered.contains("\u001b[1meach\u001b[0m"), rendered);
        assertTrue(rendered.contains("\u001b[33mfd\u001b[0m"), rendered);
    }

    @Test
    void paragraphsWrapAtWordsToTheWidth() {
        List<String> lines = lines("one two three four five six seven eight nine ten", 20);
        assertEquals(List.of("one two three four", "five six seven eight", "nine ten"), lines);
    }

    @Test
    void aWordLongerThanTheWidthIsSplitRatherThanOverflowing() {
        assertEquals(List.of("abcdefghij", "klmno"), lines("abcdefghijklmno", 20).stream()
                .flatMap(line -> new Wrapper(Palette.of(false)).wrap(List.of(Span.plain(line)), 10).stream()).toList());
    }

    @Test
    void nestedBulletListsWrapWithAHangingIndent() {
        List<String> lines = lines("- first item that is long enough to wrap around\n  - nested item\n- second\n", 30);
        assertEquals(List.of("• first item that is long", "  enough to wrap around", "  ◦ nested item", "• second"), lines);
    }

    @Test
    void orderedListsKeepTheirStartNumberAndAlignMarkers() {
        List<String> lines = lines("9. nine\n10. ten wraps to the next line here\n", 24);
        assertEquals(List.of(" 9. nine", "10. ten wraps to the", "    next line here"), lines);
    }

    @Test
    void blockQuotesGetABar() {
        assertEquals(List.of("│ limits are capacity"), lines("> limits are capacity", 40));
    }

    @Test
    void everyCalloutKindIsAFramedBoxWithItsLabel() {
        for (CalloutKind kind : CalloutKind.values()) {
            List<String> lines = lines("> [!" + kind.name() + "] A title\n> Body text.\n", 40);
            assertEquals("┌─ " + kind.label() + " ", lines.get(0).substring(0, kind.label().length() + 4));
            assertEquals(List.of("│ A title                              │", "│ Body text.                           │",
                    "└──────────────────────────────────────┘"), lines.subList(1, 4));
            lines.forEach(line -> assertEquals(40, DisplayWidth.of(line), line));
        }
    }

    @Test
    void aCalloutWithoutTitleStartsWithItsBody() {
        List<String> lines = lines("> [!DO]\n> Reuse connections.\n", 30);
        assertEquals("│ Reuse connections.         │", lines.get(1));
        assertFalse(String.join("\n", lines).contains("[!DO]"));
    }

    @Test
    void fencedCodeThatFitsIsIndentedAndLeftWhole() {
        String longLine = "int fd = socket(AF_INET, SOCK_STREAM, 0); // allocate a file descriptor";
        assertEquals(List.of("  │ " + longLine), lines("```c\n" + longLine + "\n```\n", 80));
    }

    @Test
    void fencedCodeWiderThanThePageFoldsAfterASpaceWithAMarker() {
        String longLine = "int fd = socket(AF_INET, SOCK_STREAM, 0); // allocate a file descriptor";
        assertEquals(List.of("  │ int fd = socket(AF_INET,", "  │ ↪ SOCK_STREAM, 0); // allocate a",
                "  │ ↪ file descriptor"),
                lines("```c\n" + longLine + "\n```\n", 40));
    }

    @Test
    void codeWithoutSpacesFoldsAtTheWidth() {
        assertEquals(List.of("  │ " + "x".repeat(16), "  │ ↪ " + "x".repeat(14), "  │ ↪ " + "x".repeat(5)),
                lines("```\n" + "x".repeat(35) + "\n```\n", 20));
    }

    @Test
    void diagramsAreDrawnVerbatim() {
        String diagram = "Client                 Server\n  | --- SYN ---------> |\n";
        assertEquals(List.of("  Client                 Server", "    | --- SYN ---------> |"),
                lines("```diagram\n" + diagram + "```\n", 20));
    }

    @Test
    void jshellSnippetsAreNumberedInOrder() {
        List<String> lines = lines("```jshell\n1 + 1\n```\n\ntext\n\n```jshell\n2 + 2\n```\n", 40);
        assertEquals(List.of("  [run 1] jshell", "  │ 1 + 1", "", "text", "", "  [run 2] jshell", "  │ 2 + 2"), lines);
    }

    @Test
    void linksShowTheirTarget() {
        assertEquals("Read RFC 9293 (https://www.rfc-editor.org/rfc/rfc9293) or https://example.org.\n",
                plain("Read [RFC 9293](https://www.rfc-editor.org/rfc/rfc9293) or <https://example.org>.", 120));
    }

    @Test
    void thematicBreaksSpanTheWidth() {
        assertEquals(List.of("a", "", "─".repeat(25), "", "b"), lines("a\n\n---\n\nb\n", 25));
    }

    @Test
    void hardLineBreaksAreKept() {
        assertEquals(List.of("first", "second"), lines("first  \nsecond", 40));
    }

    @Test
    void imagesShowTheirAltText() {
        assertEquals("[image: socket pair]\n", plain("![socket pair](pair.png)", 40));
    }
}
