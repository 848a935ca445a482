package dev.loopback.runner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Code blocks keep every character, escaped, with keywords, strings, numbers and comments marked. */
class CodeHighlightTest {

    @Test
    void javaTokensAreMarkedAndEverythingIsEscaped() {
        String html = CodeHighlight.html("jshell", "long poolMax = Math.ceil(2000 * 0.05); // \"<b>\" & more\n"
                + "String s = \"a < b \\\" </code>\"; char c = '<';");
        assertTrue(html.startsWith("<span class=\"tok-kw\">long</span> poolMax = Math.ceil(<span class=\"tok-num\">2000"
                + "</span> * <span class=\"tok-num\">0.05</span>); <span class=\"tok-com\">// &quot;&lt;b&gt;&quot; &amp; "
                + "more</span>\n"), html);
        assertTrue(html.contains("<span class=\"tok-str\">&quot;a &lt; b \\&quot; &lt;/code&gt;&quot;</span>"), html);
        assertTrue(html.contains("<span class=\"tok-kw\">char</span> c = <span class=\"tok-str\">&#39;&lt;&#39;</span>;")
                || html.contains("<span class=\"tok-kw\">char</span> c = <span class=\"tok-str\">'&lt;'</span>;"), html);
        assertFalse(html.contains("</code>"), "learner-visible text must never close the code element: " + html);
    }

    @Test
    void theTextComesBackUnchangedOnceTheMarksAreRemoved() {
        String code = "@Override /* x */ public int f() { return 0x1F + 1_000; } // done\n\"unterminated\n";
        String html = CodeHighlight.html("java", code);
        String text = html.replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        assertEquals(code, text);
        assertTrue(html.contains("<span class=\"tok-ann\">@Override</span>"), html);
        assertTrue(html.contains("<span class=\"tok-com\">/* x */</span>"), html);
    }

    @Test
    void consoleSessionsMarkPromptsAndCommentLinesOnly() {
        String html = CodeHighlight.html("console", "# Which sockets listen?\n$ ss -ltn\nState  Recv-Q\n");
        assertEquals("<span class=\"tok-com\"># Which sockets listen?</span>\n<span class=\"tok-prompt\">$ </span>ss -ltn\n"
                + "State  Recv-Q\n", html);
        assertEquals("a &lt; b", CodeHighlight.html("diagram", "a < b"));
    }

    @Test
    void theRealLessonRendersItsSnippetsHighlightedAndStillRunnable() throws IOException {
        String lesson = Files.readString(Path.of("..", "course", "lessons", "05-network-sockets.md"));
        String html = Markdown.render(lesson).html();
        assertTrue(html.contains("<pre data-run=\"1\"><code class=\"language-jshell\">"), "run buttons need data-run");
        assertTrue(html.contains("<span class=\"tok-kw\">double</span>") || html.contains("<span class=\"tok-kw\">long</span>"),
                "jshell snippets carry marked keywords");
        assertTrue(html.contains("<code class=\"language-console\"><span class=\"tok-com\">#"), "console blocks are marked");
    }
}
