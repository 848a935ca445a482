package poolsizer;

import java.math.BigDecimal;
import java.time.Duration;

/** Pool sizing in whole milliseconds and long arithmetic, as the lesson's "exact" snippet does. */
public final class PoolSizer {

    private PoolSizer() {
    }

    public static long inFlight(double peakQps, Duration avgLatency) {
        checkRate(peakQps);
        long millis = checkLatency(avgLatency).toMillis();
        BigDecimal rate = BigDecimal.valueOf(peakQps);
        long rateUnits = rate.unscaledValue().longValueExact();
        long divisor = 1000L;
        if (rate.scale() >= 0) {
            divisor = Math.multiplyExact(divisor, pow10(rate.scale()));
        } else {
            rateUnits = Math.multiplyExact(rateUnits, pow10(-rate.scale()));
        }
        return ceilDiv(Math.multiplyExact(rateUnits, millis), divisor);
    }

    public static long poolMax(double peakQps, Duration avgLatency) {
        long withHeadroom = ceilDiv(inFlight(peakQps, avgLatency) * 5, 4);
        return Math.max(1, withHeadroom);
    }

    public static boolean fitsFdLimit(long upstreams, long poolMax, long otherFds, long fdLimit) {
        if (upstreams < 0 || poolMax < 0 || otherFds < 0 || fdLimit < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (Math.multiplyHigh(upstreams, poolMax) != 0) {
            return false;
        }
        long pools = upstreams * poolMax;
        if (pools < 0) {
            return false;
        }
        return pools <= fdLimit - otherFds;
    }

    public static Duration keepAliveIdle(Duration upstreamIdleTimeout) {
        long millis = upstreamIdleTimeout.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException("upstream idle timeout must be positive");
        }
        return Duration.ofMillis(millis - Math.min(5_000, millis / 2));
    }

    private static long ceilDiv(long numerator, long divisor) {
        return -Math.floorDiv(-numerator, divisor);
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result = Math.multiplyExact(result, 10);
        }
        return result;
    }

    private static void checkRate(double peakQps) {
        if (!(peakQps >= 0) || Double.isInfinite(peakQps)) {
            throw new IllegalArgumentException("bad rate " + peakQps);
        }
    }

    private static Duration checkLatency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("negative latency " + latency);
        }
        return latency;
    }
}
