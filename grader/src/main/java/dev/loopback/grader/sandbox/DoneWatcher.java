package dev.loopback.grader.sandbox;

import java.util.function.Consumer;

/** Passes result lines on and remembers whether the agent reported the end of the run. */
public final class DoneWatcher implements Consumer<String> {
    private final Consumer<String> next;
    private volatile boolean done;

    public DoneWatcher(Consumer<String> next) {
        this.next = next;
    }

    @Override
    public void accept(String line) {
        if (line.startsWith("{\"e\":\"done\"")) {
            done = true;
        }
        next.accept(line);
    }

    public boolean sawDone() {
        return done;
    }
}
