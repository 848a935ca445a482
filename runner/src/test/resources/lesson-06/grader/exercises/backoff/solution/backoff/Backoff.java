package backoff;

/** Exponential backoff for retries (Lesson 06). */
public final class Backoff {
    private Backoff() {}

    /** The wait before retry {@code attempt} (0 for the first): 100 ms doubled per attempt, at most 5000 ms. */
    public static long delayMs(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be 0 or more: " + attempt);
        }
        return Math.min(5000L, 100L << Math.min(attempt, 6));
    }
}
