package poolsizer;

import dev.loopback.fixture.Seeded;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Random;

/**
 * What the pool-sizer checks share for inputs generated from the run's seed (dev.loopback.fixture.Seeded):
 * rates built as exact decimals, and an independent exact oracle for the rubric's definitions.
 */
abstract class GeneratedInputsTest {

    /** Read when a test class is first used, before any of the learner's code runs. */
    static final String REPLAY = " " + Seeded.replay("pool-sizer");

    static final BigInteger THOUSAND = BigInteger.valueOf(1_000);

    /** A request rate written as an exact decimal: units / 10^scale req/s. */
    record Rate(long units, int scale) {

        BigDecimal decimal() {
            return BigDecimal.valueOf(units, scale);
        }

        /** The double nearest to the decimal; its shortest form (Double.toString) is the decimal itself. */
        double value() {
            double value = Double.parseDouble(decimal().toPlainString());
            if (BigDecimal.valueOf(value).compareTo(decimal()) != 0) {
                throw new IllegalStateException("generated rate " + decimal() + " does not survive a round trip");
            }
            return value;
        }

        @Override
        public String toString() {
            return decimal().stripTrailingZeros().toPlainString();
        }
    }

    static Random random(String test) {
        return Seeded.random("pool-sizer/" + test);
    }

    /** A uniform long from lowest to highest, both included. */
    static long between(Random random, long lowest, long highest) {
        return highest == Long.MAX_VALUE ? random.nextLong(lowest - 1, highest) + 1
                : random.nextLong(lowest, highest + 1);
    }

    static Rate rate(Random random, long maxUnits, int scale) {
        return new Rate(between(random, 1, maxUnits), scale);
    }

    static BigInteger pow10(int exponent) {
        return BigInteger.TEN.pow(exponent);
    }

    /** rate x latency in connections, exactly, as numerator / denominator: units x millis / (10^scale x 1000). */
    static BigInteger[] product(Rate rate, long millis) {
        return new BigInteger[] {BigInteger.valueOf(rate.units()).multiply(BigInteger.valueOf(millis)),
                pow10(rate.scale()).multiply(THOUSAND)};
    }

    /** The rubric's inFlight: rate x latency rounded up to a whole connection (integer arithmetic only). */
    static long inFlight(Rate rate, long millis) {
        BigInteger[] p = product(rate, millis);
        BigInteger[] qr = p[0].divideAndRemainder(p[1]);
        return (qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0]).longValueExact();
    }

    /** The rubric's poolMax for a count in flight: ceil(n x 1.25) = ceil(5n / 4), and at least 1. */
    static BigInteger withHeadroom(long inFlight) {
        BigInteger fiveN = BigInteger.valueOf(inFlight).multiply(BigInteger.valueOf(5));
        BigInteger four = BigInteger.valueOf(4);
        // BigInteger.divide truncates towards zero, which is the ceiling for a negative dividend
        BigInteger ceil = fiveN.signum() > 0 ? fiveN.add(BigInteger.valueOf(3)).divide(four) : fiveN.divide(four);
        return ceil.max(BigInteger.ONE);
    }

    /** The exact product as a decimal for messages, e.g. 3.33 connections. */
    static String connections(Rate rate, long millis) {
        BigInteger[] p = product(rate, millis);
        return new BigDecimal(p[0]).divide(new BigDecimal(p[1]), 6, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static String latency(Duration latency) {
        return latency.toMillis() + " ms";
    }
}
