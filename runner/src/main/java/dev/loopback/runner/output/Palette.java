package dev.loopback.runner.output;

/** Colours for terminal output, with a plain variant for pipes, CI and {@code NO_COLOR}. */
public interface Palette {

    String heading(String text);

    String strong(String text);

    String emphasis(String text);

    String code(String text);

    String link(String text);

    String dim(String text);

    String ok(String text);

    String warn(String text);

    String fail(String text);

    /** Whether styles add escape sequences (so widths must ignore them). */
    boolean colour();

    /** ANSI colours when {@code colour} is true, plain text otherwise. */
    static Palette of(boolean colour) {
        return colour ? AnsiPalette.INSTANCE : PlainPalette.INSTANCE;
    }
}
