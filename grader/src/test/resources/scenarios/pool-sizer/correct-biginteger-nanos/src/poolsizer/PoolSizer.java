package poolsizer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;

/** Everything as whole numbers in BigInteger: rate units times nanoseconds, divided once, rounded up. */
public final class PoolSizer {

    private static final BigInteger NANOS = BigInteger.valueOf(1_000_000_000L);

    private PoolSizer() {
    }

    public static long inFlight(double peakQps, Duration avgLatency) {
        if (!Double.isFinite(peakQps) || peakQps < 0) {
            throw new IllegalArgumentException("peakQps must be finite and >= 0");
        }
        if (avgLatency.isNegative()) {
            throw new IllegalArgumentException("avgLatency must be >= 0");
        }
        BigDecimal rate = BigDecimal.valueOf(peakQps).stripTrailingZeros();
        BigInteger numerator = rate.unscaledValue().multiply(BigInteger.valueOf(avgLatency.toNanos()));
        BigInteger denominator = NANOS;
        if (rate.scale() > 0) {
            denominator = denominator.multiply(BigInteger.TEN.pow(rate.scale()));
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-rate.scale()));
        }
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return (qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0]).longValueExact();
    }

    public static long poolMax(double peakQps, Duration avgLatency) {
        long inFlight = inFlight(peakQps, avgLatency);
        return Math.max(1L, inFlight + (inFlight + 3) / 4);
    }

    public static boolean fitsFdLimit(long upstreams, long poolMax, long otherFds, long fdLimit) {
        if ((upstreams | poolMax | otherFds | fdLimit) < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        BigInteger need = BigInteger.valueOf(upstreams).multiply(BigInteger.valueOf(poolMax)).add(BigInteger.valueOf(otherFds));
        return need.compareTo(BigInteger.valueOf(fdLimit)) <= 0;
    }

    public static Duration keepAliveIdle(Duration upstreamIdleTimeout) {
        if (upstreamIdleTimeout.isNegative() || upstreamIdleTimeout.isZero()) {
            throw new IllegalArgumentException("upstream idle timeout must be > 0");
        }
        long nanos = upstreamIdleTimeout.toNanos();
        long margin = Math.min(5_000_000_000L, nanos / 2);
        return Duration.ofNanos(nanos - margin);
    }
}
