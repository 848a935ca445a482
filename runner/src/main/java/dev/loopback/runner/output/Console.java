package dev.loopback.runner.output;

import java.io.PrintWriter;

/**
 * What commands write to and read from. {@code out} carries results (and only JSON under
 * {@code --json}); {@code err} carries progress and messages. {@code pager} shows long text
 * (a pager on a terminal, straight to {@code out} otherwise). Every line written to {@code out} and
 * {@code err} is fitted to {@code width}: broken at spaces, its continuation indented like its start
 * (see {@link FittedWriter}); {@link #verbatim} is the way around that for text that must stay exact.
 */
public record Console(PrintWriter out, PrintWriter err, LineSource in, Palette palette, int width,
        boolean interactive, Pager pager) {
    private static final int MIN_WIDTH = 20;

    public Console {
        out = FittedPrinter.over(out, Math.max(MIN_WIDTH, width));
        err = FittedPrinter.over(err, Math.max(MIN_WIDTH, width));
    }

    /** A console whose long text goes straight to {@code out}. */
    public Console(PrintWriter out, PrintWriter err, LineSource in, Palette palette, int width, boolean interactive) {
        this(out, err, in, palette, width, interactive, Pager.NONE);
    }

    /** The same console laid out for {@code columns} columns. */
    public Console withWidth(int columns) {
        return new Console(out, err, in, palette, columns, interactive, pager);
    }

    /** The same console showing long text through {@code newPager}. */
    public Console withPager(Pager newPager) {
        return new Console(out, err, in, palette, width, interactive, newPager);
    }

    /**
     * Prints {@code text} to {@code out} exactly as given, never re-fitted: for what programs read (JSON, results
     * files, a Markdown table, JShell values, one per line) and for reports already laid out for the width whose
     * compiler diagnostics must stay verbatim.
     */
    public void verbatim(String text) {
        ((FittedPrinter) out).verbatim(text);
    }

    /** Prints {@code text} to {@code err} exactly as given, never re-fitted: compiler output, whose carets must stay aligned. */
    public void verbatimErr(String text) {
        ((FittedPrinter) err).verbatim(text);
    }

    /** Shows {@code text}: paged when long and interactive, printed otherwise. */
    public void page(String text) {
        pager.show(text, this);
    }
}
