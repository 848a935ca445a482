package dev.loopback.runner.workbench;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/** While open, Ctrl-C runs an action instead of ending the course; closing restores what Ctrl-C did before. */
public final class CtrlC implements AutoCloseable {
    private static final String INT = "INT";
    private final SignalHandler previous;

    private CtrlC(SignalHandler previous) {
        this.previous = previous;
    }

    /** Routes Ctrl-C to {@code action}; where signals cannot be handled, Ctrl-C keeps its usual effect. */
    public static CtrlC onPress(Runnable action) {
        try {
            return new CtrlC(Signal.handle(new Signal(INT), signal -> action.run()));
        } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
            return new CtrlC(null);
        }
    }

    /** Leaves Ctrl-C alone (pipes, scripts, tests). */
    public static CtrlC none() {
        return new CtrlC(null);
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(new Signal(INT), previous);
        }
    }
}
