package poolsizer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/** Decimal strings for the rate, nanosecond precision, and Math.multiplyExact for the ceiling check. */
public final class PoolSizer {

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private PoolSizer() {
    }

    public static long inFlight(double peakQps, Duration avgLatency) {
        Objects.requireNonNull(avgLatency);
        if (Double.isNaN(peakQps) || peakQps < 0 || peakQps == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("rate");
        }
        if (avgLatency.isNegative()) {
            throw new IllegalArgumentException("latency");
        }
        BigDecimal product = new BigDecimal(Double.toString(peakQps))
                .multiply(new BigDecimal(avgLatency.toNanos()))
                .divide(NANOS_PER_SECOND);
        return product.setScale(0, RoundingMode.UP).longValue();
    }

    public static long poolMax(double peakQps, Duration avgLatency) {
        long inFlight = inFlight(peakQps, avgLatency);
        long max = (long) Math.ceil(inFlight * 1.25);
        return max < 1 ? 1 : max;
    }

    public static boolean fitsFdLimit(long upstreams, long poolMax, long otherFds, long fdLimit) {
        for (long count : new long[] {upstreams, poolMax, otherFds, fdLimit}) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count " + count);
            }
        }
        try {
            return Math.addExact(Math.multiplyExact(upstreams, poolMax), otherFds) <= fdLimit;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    public static Duration keepAliveIdle(Duration upstreamIdleTimeout) {
        if (upstreamIdleTimeout.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("timeout");
        }
        Duration margin = Duration.ofSeconds(5);
        if (margin.multipliedBy(2).compareTo(upstreamIdleTimeout) > 0) {
            margin = upstreamIdleTimeout.dividedBy(2);
        }
        return upstreamIdleTimeout.minus(margin);
    }
}
