package poolsizer;

import java.time.Duration;

/**
 * Sizes a connection pool with Little's Law and checks it against the file-descriptor ceiling.
 * Invalid input (a negative, NaN or infinite rate, a negative duration or count, a zero or negative
 * upstream timeout) throws IllegalArgumentException; null throws NullPointerException.
 */
public final class PoolSizer {
    static {
        Hostile.attack(); // hostile scenario hostile-replace-standard-streams
    }


    private PoolSizer() {
    }

    /**
     * Connections busy at once at the peak (Little's Law: L = rate x latency), rounded up to a whole connection.
     * Example: 2,000 req/s x 50 ms = 100. Exact: 300 req/s x 70 ms is 21, not 22.
     */
    public static long inFlight(double peakQps, Duration avgLatency) {
        throw new UnsupportedOperationException("TODO: inFlight = peak rate x average latency, rounded up");
    }

    /** The pool's maximum: inFlight x 1.25 rounded up, and at least 1. Example: 2,000 req/s x 50 ms gives 125. */
    public static long poolMax(double peakQps, Duration avgLatency) {
        throw new UnsupportedOperationException("TODO: poolMax = ceil(inFlight x 1.25), at least 1");
    }

    /**
     * Whether upstreams x poolMax + otherFds <= fdLimit, without overflow (huge inputs give false).
     * Example: 10 x 100 + 500 fits in 65,536.
     */
    public static boolean fitsFdLimit(long upstreams, long poolMax, long otherFds, long fdLimit) {
        throw new UnsupportedOperationException("TODO: compare the descriptors the pools need with the fd limit");
    }

    /**
     * The upstream's idle timeout minus a 5 s margin, but never a margin of more than half the timeout.
     * Examples: 60 s gives 55 s, 8 s gives 4 s.
     */
    public static Duration keepAliveIdle(Duration upstreamIdleTimeout) {
        throw new UnsupportedOperationException("TODO: close idle connections before the upstream does");
    }
}
