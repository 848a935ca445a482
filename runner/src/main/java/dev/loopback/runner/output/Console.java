package dev.loopback.runner.output;

import java.io.PrintWriter;

/**
 * What commands write to and read from. {@code out} carries results (and only JSON under
 * {@code --json}); {@code err} carries progress and messages. {@code pager} shows long text
 * (a pager on a terminal, straight to {@code out} otherwise).
 */
public record Console(PrintWriter out, PrintWriter err, LineSource in, Palette palette, int width,
        boolean interactive, Pager pager) {

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

    /** Shows {@code text}: paged when long and interactive, printed otherwise. */
    public void page(String text) {
        pager.show(text, this);
    }
}
