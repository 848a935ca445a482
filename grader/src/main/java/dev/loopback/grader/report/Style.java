package dev.loopback.grader.report;

/** How the text report marks passes, failures and headings: plain, or a terminal's colours. */
public interface Style {
    Style PLAIN = new Style() {
        @Override public String pass(String text) { return text; }
        @Override public String fail(String text) { return text; }
        @Override public String strong(String text) { return text; }
    };

    String pass(String text);

    String fail(String text);

    String strong(String text);
}
