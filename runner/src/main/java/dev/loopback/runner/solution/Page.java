package dev.loopback.runner.solution;

import dev.loopback.runner.output.Console;
import dev.loopback.runner.render.MarkdownRenderer;

/** Draws a Markdown page for the terminal at the console's width. */
final class Page {
    private Page() {}

    static String render(String markdown, Console console) {
        return new MarkdownRenderer(console.palette(), console.width()).render(markdown);
    }
}
