package dev.loopback.runner.scratch;

/** What one evaluated snippet produced, as the learner sees it. */
sealed interface Outcome {

    /** The line shown for this outcome, e.g. {@code PoolSizer.poolMax(2000, Duration.ofMillis(50)) ==> 125}. */
    String display();

    /** Whether the snippet failed to compile or threw. */
    default boolean failed() {
        return false;
    }

    /** An expression or variable and the value it produced. */
    record Value(String label, String value) implements Outcome {
        @Override public String display() { return label + " ==> " + value; }
    }

    /** A declaration or statement that produced no value, e.g. {@code created method twice(int)}. */
    record Note(String text) implements Outcome {
        @Override public String display() { return text; }
    }

    /** A snippet that did not compile, threw, or was cut off. */
    record Failure(String source, String message) implements Outcome {
        @Override public String display() { return message; }
        @Override public boolean failed() { return true; }
    }
}
