package backoff;

/** Exponential backoff for retries (Lesson 06). */
public final class Backoff {
    private Backoff() {}

    /** The wait before retry {@code attempt} (0 for the first): 100 ms doubled per attempt, at most 5000 ms. */
    public static long delayMs(int attempt) {
        throw new UnsupportedOperationException("TODO: double 100 ms per attempt, capped at 5000 ms");
    }
}
