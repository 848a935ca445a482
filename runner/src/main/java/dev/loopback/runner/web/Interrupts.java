package dev.loopback.runner.web;

/**
 * SIGINT while serving: stop and exit 0 rather than die with 130. Uses {@code sun.misc.Signal} (module
 * jdk.unsupported, the supported way in for this); where it is unavailable, Ctrl-C ends the JVM as usual.
 */
@SuppressWarnings("removal")
final class Interrupts {
    private Interrupts() {}

    /** Runs {@code action} on SIGINT instead of the handler in force; returns that handler, for {@link #restore}. */
    static Object onSigint(Runnable action) {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return null;
        }
    }

    static void restore(Object previous) {
        if (previous instanceof sun.misc.SignalHandler handler) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal("INT"), handler);
            } catch (IllegalArgumentException e) {
                // nothing to restore
            }
        }
    }
}
