package dev.loopback.runner.output;

import java.io.PrintWriter;

/** A print writer whose lines fit a width ({@link FittedWriter}), with {@link #verbatim} for text that must stay exact. */
final class FittedPrinter extends PrintWriter {
    private final PrintWriter raw;

    private FittedPrinter(PrintWriter raw, int width) {
        super(new FittedWriter(raw, width), true);
        this.raw = raw;
    }

    /** {@code writer} fitted to {@code width}; a writer fitted before is flushed and re-fitted, not fitted twice. */
    static FittedPrinter over(PrintWriter writer, int width) {
        if (writer instanceof FittedPrinter fitted) {
            fitted.flush();
            return new FittedPrinter(fitted.raw, width);
        }
        return new FittedPrinter(writer, width);
    }

    /** Writes {@code text} exactly as given, after what is already pending. */
    void verbatim(String text) {
        synchronized (lock) {
            flush();
            raw.print(text);
            raw.flush();
        }
    }
}
