package dev.loopback.grader.drill;

/**
 * A logistic regression over standardised features: {@code mean} and {@code sd} standardise, {@code weights} holds the
 * bias first, and a probability at or above {@code threshold} means met.
 */
record Logistic(double[] mean, double[] sd, double[] weights, double threshold) {
    static final int STEPS = 3000;
    static final double RATE = 0.5;
    static final double L2 = 1e-2;
    /** Thresholds tried: 25 evenly spaced from 0.2 to 0.8; the first with the best training agreement wins. */
    static final int THRESHOLDS = 25;

    double probability(double[] x) {
        double z = weights[0];
        for (int j = 0; j < x.length; j++) {
            z += weights[j + 1] * (x[j] - mean[j]) / sd[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    boolean met(double[] x) {
        return probability(x) >= threshold;
    }

    /**
     * Fits by gradient descent ({@value #STEPS} steps at rate {@value #RATE}, L2 {@value #L2} on every weight but the
     * bias, from zero), then picks the threshold that agrees with {@code y} most often on the training rows.
     */
    static Logistic fit(double[][] x, boolean[] y) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]) + 1e-9;
        }
        double[][] z = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < d; j++) {
                z[i][j + 1] = (x[i][j] - mean[j]) / sd[j];
            }
        }
        double[] w = new double[d + 1];
        double[] gradient = new double[d + 1];
        for (int step = 0; step < STEPS; step++) {
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j <= d; j++) {
                    s += z[i][j] * w[j];
                }
                double error = 1 / (1 + Math.exp(-s)) - (y[i] ? 1 : 0);
                for (int j = 0; j <= d; j++) {
                    gradient[j] += z[i][j] * error;
                }
            }
            for (int j = 0; j <= d; j++) {
                w[j] -= RATE * (gradient[j] / n + (j == 0 ? 0 : L2 * w[j]));
            }
        }
        Logistic unthresholded = new Logistic(mean, sd, w, 0.5);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = unthresholded.probability(x[i]);
        }
        double step = (0.8 - 0.2) / (THRESHOLDS - 1);
        double bestThreshold = 0.2;
        int bestAgreed = -1;
        for (int t = 0; t < THRESHOLDS; t++) {
            double threshold = 0.2 + t * step;
            int agreed = 0;
            for (int i = 0; i < n; i++) {
                agreed += (p[i] >= threshold) == y[i] ? 1 : 0;
            }
            if (agreed > bestAgreed) {
                bestAgreed = agreed;
                bestThreshold = threshold;
            }
        }
        return new Logistic(mean, sd, w, bestThreshold);
    }
}
