package dev.loopback.runner.farm;

import java.util.ArrayList;
import java.util.List;

/**
 * SIGINT and SIGTERM for a worker: stop gracefully and exit 0 rather than die with 130 or 143. Uses
 * {@code sun.misc.Signal} (module jdk.unsupported, the supported way in for this); where it is unavailable, the
 * signals end the JVM as usual and the broker hands back what the worker held.
 */
@SuppressWarnings("removal")
final class Signals {
    private static final List<String> NAMES = List.of("INT", "TERM");

    private Signals() {}

    /** Runs {@code action} on SIGINT or SIGTERM; returns the handlers in force before, for {@link #restore}. */
    static Object onStop(Runnable action) {
        List<Object> previous = new ArrayList<>();
        for (String name : NAMES) {
            try {
                previous.add(sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> action.run()));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                previous.add(null);
            }
        }
        return previous;
    }

    static void restore(Object previous) {
        if (!(previous instanceof List<?> handlers)) {
            return;
        }
        for (int i = 0; i < NAMES.size() && i < handlers.size(); i++) {
            if (handlers.get(i) instanceof sun.misc.SignalHandler handler) {
                try {
                    sun.misc.Signal.handle(new sun.misc.Signal(NAMES.get(i)), handler);
                } catch (IllegalArgumentException e) {
                    // nothing to restore
                }
            }
        }
    }
}
