package dev.loopback.runner.output;

/** Shows long text one screen at a time where it can. */
@FunctionalInterface
public interface Pager {

    /** Prints everything to the console's {@code out}: for pipes, CI and tests. */
    Pager NONE = (text, console) -> {
        console.out().print(text);
        console.out().flush();
    };

    void show(String text, Console console);
}
