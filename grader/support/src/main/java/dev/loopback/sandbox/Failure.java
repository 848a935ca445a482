package dev.loopback.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A test's failure as the runner needs it: what was thrown and where in the learner's code. */
record Failure(String exception, String message, String cause, String causeMessage, List<String> frames) {
    private static final int MAX_MESSAGE = 4000;
    private static final int MAX_FRAMES = 8;

    static final Failure NONE = new Failure(null, null, null, null, List.of());

    /**
     * The message of a test stopped in a static initializer known to run out its limit; the runner's explanation
     * recognises it by its start, {@link Agent#STOPPED_IN_INITIALIZER}.
     */
    static String stuckInitializerMessage(String className, int perTestSeconds) {
        return Agent.STOPPED_IN_INITIALIZER + className + ", which ran for " + perTestSeconds
                + " s without finishing in an earlier test";
    }

    static Failure of(Throwable thrown, Set<String> learnerClasses) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        Throwable cause = root == thrown ? null : root;
        return new Failure(thrown.getClass().getName(), clip(thrown.getMessage()),
                cause == null ? null : cause.getClass().getName(), cause == null ? null : clip(cause.getMessage()),
                learnerFrames(thrown, learnerClasses));
    }

    private static List<String> learnerFrames(Throwable thrown, Set<String> learnerClasses) {
        List<String> frames = new ArrayList<>();
        for (Throwable t = thrown; t != null && frames.isEmpty(); t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (learnerClasses.contains(topLevel(frame.getClassName())) && frames.size() < MAX_FRAMES) {
                    frames.add(frame.toString());
                }
            }
        }
        return frames;
    }

    /** The top-level class a (possibly nested) class belongs to: the learner's classes are known by these names. */
    static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    private static String clip(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE) + "...";
    }

    String json() {
        if (exception == null) {
            return "";
        }
        return ",\"exception\":" + Json.string(exception) + ",\"message\":" + Json.string(message)
                + ",\"cause\":" + Json.string(cause) + ",\"causeMessage\":" + Json.string(causeMessage)
                + ",\"frames\":" + Json.strings(frames);
    }
}
