package poolsizer;

/** Named like java.time.Duration. */
final class Duration {
    private Duration() {
    }
}
