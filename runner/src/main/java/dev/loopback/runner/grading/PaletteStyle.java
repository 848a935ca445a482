package dev.loopback.runner.grading;

import dev.loopback.grader.report.Style;
import dev.loopback.runner.output.Palette;

/** The grader's report styles in the terminal's palette (plain in a pipe or under NO_COLOR). */
record PaletteStyle(Palette palette) implements Style {
    @Override public String pass(String text) { return palette.ok(text); }
    @Override public String fail(String text) { return palette.fail(text); }
    @Override public String strong(String text) { return palette.strong(text); }
}
