package dev.loopback.runner.output;

/** No escapes at all: what pipes, CI logs and {@code NO_COLOR} get. */
enum PlainPalette implements Palette {
    INSTANCE;

    @Override public String heading(String text) { return text; }
    @Override public String strong(String text) { return text; }
    @Override public String emphasis(String text) { return text; }
    @Override public String code(String text) { return text; }
    @Override public String link(String text) { return text; }
    @Override public String dim(String text) { return text; }
    @Override public String ok(String text) { return text; }
    @Override public String warn(String text) { return text; }
    @Override public String fail(String text) { return text; }
    @Override public boolean colour() { return false; }
}
