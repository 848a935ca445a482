package poolsizer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/** Sizes a connection pool with Little's Law and checks it against the file-descriptor ceiling. */
public final class PoolSizer {

    private static final BigDecimal HEADROOM = new BigDecimal("1.25");
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private PoolSizer() {
    }

    /** Connections busy at once at the peak: rate times latency, rounded up to a whole connection. */
    public static long inFlight(double peakQps, Duration avgLatency) {
        BigDecimal rate = requireRate(peakQps);
        BigDecimal seconds = seconds(requireNonNegative(avgLatency, "avgLatency"));
        return rate.multiply(seconds).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** The pool's maximum: inFlight plus 25% headroom, rounded up, and at least one connection. */
    public static long poolMax(double peakQps, Duration avgLatency) {
        BigDecimal withHeadroom = BigDecimal.valueOf(inFlight(peakQps, avgLatency)).multiply(HEADROOM);
        return Math.max(1, withHeadroom.setScale(0, RoundingMode.CEILING).longValueExact());
    }

    /** Whether one pool per upstream plus the other descriptors stays within the process's fd limit. */
    public static boolean fitsFdLimit(long upstreams, long poolMax, long otherFds, long fdLimit) {
        requireCount(upstreams, "upstreams");
        requireCount(poolMax, "poolMax");
        requireCount(otherFds, "otherFds");
        requireCount(fdLimit, "fdLimit");
        BigInteger needed = BigInteger.valueOf(upstreams).multiply(BigInteger.valueOf(poolMax))
                .add(BigInteger.valueOf(otherFds));
        return needed.compareTo(BigInteger.valueOf(fdLimit)) <= 0;
    }

    /** How long our side keeps an idle connection: the upstream's timeout minus a margin of 5 s, at most half of it. */
    public static Duration keepAliveIdle(Duration upstreamIdleTimeout) {
        Objects.requireNonNull(upstreamIdleTimeout, "upstreamIdleTimeout");
        if (upstreamIdleTimeout.isZero() || upstreamIdleTimeout.isNegative()) {
            throw new IllegalArgumentException("upstream idle timeout must be positive: " + upstreamIdleTimeout);
        }
        Duration half = upstreamIdleTimeout.dividedBy(2);
        Duration margin = MARGIN.compareTo(half) < 0 ? MARGIN : half;
        return upstreamIdleTimeout.minus(margin);
    }

    private static BigDecimal requireRate(double peakQps) {
        if (Double.isNaN(peakQps) || Double.isInfinite(peakQps) || peakQps < 0) {
            throw new IllegalArgumentException("peak rate must be a finite number >= 0: " + peakQps);
        }
        return BigDecimal.valueOf(peakQps);
    }

    private static Duration requireNonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
        return duration;
    }

    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    }

    private static void requireCount(long count, String name) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + count);
        }
    }
}
