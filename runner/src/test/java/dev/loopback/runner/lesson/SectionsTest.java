package dev.loopback.runner.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {
    private static final String LESSON = """
            # Network sockets

            Intro.

            ## Pool sizing via Little's Law

            ```jshell
            2000 * 0.050
            ```

            ### A worked number

            100 connections.

            ## Keep-alive timeouts

            ```jshell
            55
            ```
            """;

    @Test
    void headingsAreKnownByTextAndByAnchor() {
        assertEquals(List.of("network-sockets", "pool-sizing-via-littles-law", "a-worked-number", "keep-alive-timeouts"),
                new Sections(LESSON).all().stream().map(Sections.Section::anchor).toList());
    }

    @Test
    void aSectionRunsUntilTheNextHeadingAtItsLevelAndIncludesItsSubsections() {
        Sections.Extract extract = new Sections(LESSON).extract("Pool sizing via Little's Law").orElseThrow();
        assertTrue(extract.markdown().startsWith("## Pool sizing via Little's Law\n"), extract.markdown());
        assertTrue(extract.markdown().contains("100 connections."), extract.markdown());
        assertTrue(!extract.markdown().contains("Keep-alive"), extract.markdown());
        assertEquals(0, extract.runsBefore());
    }

    @Test
    void aLaterSectionKnowsHowManySnippetsCameBefore() {
        Sections.Extract extract = new Sections(LESSON).extract("keep-alive-timeouts").orElseThrow();
        assertEquals(1, extract.runsBefore());
        assertEquals(List.of("  [run 2] jshell", "  │ 55"), new dev.loopback.runner.render.MarkdownRenderer(
                dev.loopback.runner.output.Palette.of(false), 80).numberingRunsAfter(1).render(extract.markdown())
                .lines().skip(3).toList());
    }

    @Test
    void anUnknownSectionIsEmpty() {
        assertTrue(new Sections(LESSON).extract("TLS").isEmpty());
    }
}
