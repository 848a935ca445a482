package dev.loopback.runner.output;

/** SGR colour codes, reset after each span. */
enum AnsiPalette implements Palette {
    INSTANCE;

    private static String sgr(String codes, String text) {
        return "\u001b[" + codes + "m" + text + "\u001b[0m";
    }

    @Override public String heading(String text) { return sgr("1;36", text); }
    @Override public String strong(String text) { return sgr("1", text); }
    @Override public String emphasis(String text) { return sgr("3", text); }
    @Override public String code(String text) { return sgr("33", text); }
    @Override public String link(String text) { return sgr("4;34", text); }
    @Override public String dim(String text) { return sgr("2", text); }
    @Override public String ok(String text) { return sgr("32", text); }
    @Override public String warn(String text) { return sgr("33", text); }
    @Override public String fail(String text) { return sgr("31", text); }
    @Override public boolean colour() { return true; }
}
