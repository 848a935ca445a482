package dev.loopback.runner.instructor;

import dev.loopback.runner.output.Palette;
import java.io.PrintWriter;

/**
 * Shows grade-all's progress on the error stream: a redrawn bar on a terminal, a line per tenth
 * otherwise; and one line for every submission that did not compile, timed out or crashed.
 */
final class ProgressBar {
    private static final int BAR = 30;
    private final PrintWriter err;
    private final Palette palette;
    private final boolean redraw;
    private final int total;
    private int done;

    ProgressBar(PrintWriter err, Palette palette, boolean redraw, int total) {
        this.err = err;
        this.palette = palette;
        this.redraw = redraw;
        this.total = total;
    }

    /** Records one finished row and returns it. */
    synchronized Row done(Row row) {
        done++;
        if (row.graded().status() != Graded.Status.GRADED) {
            clear();
            err.println(palette.warn(row.submission().label() + ": " + row.graded().status().words())
                    + ": " + row.graded().detail());
        }
        if (redraw) {
            int filled = total == 0 ? BAR : done * BAR / total;
            err.print("\r[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total + "  "
                    + row.submission().label() + "\u001b[K");
        } else if (done == total || done * 10 / total != (done - 1) * 10 / total) {
            err.println("grade-all: " + done + "/" + total + " submissions (" + done * 100 / total + "%)");
        }
        err.flush();
        return row;
    }

    /** Ends the bar's line. */
    synchronized void finish() {
        if (redraw) {
            err.println();
        }
    }

    private void clear() {
        if (redraw) {
            err.print("\r\u001b[K");
        }
    }
}
