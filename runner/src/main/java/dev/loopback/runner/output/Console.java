package dev.loopback.runner.output;

import java.io.PrintWriter;

/**
 * What commands write to and read from. {@code out} carries results (and only JSON under
 * {@code --json}); {@code err} carries progress and messages.
 */
public record Console(PrintWriter out, PrintWriter err, LineSource in, Palette palette, int width,
        boolean interactive) {}
