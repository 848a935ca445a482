package dev.loopback.grader.drill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per criterion, a logistic regression over an answer's words and word pairs ({@link TfIdf} vectors of the labelled
 * pool's vocabulary): it learns from every labelled answer which wordings people judged to make the claim and which
 * not (a denial's "don't buy it", a list's bare nouns, a wrong protocol's name), where the rules only know the words
 * an author wrote down. {@code weights} per criterion hold the bias first, then one weight per gram of the vocabulary.
 */
record TextModel(TfIdf tfidf, Map<String, double[]> weights) {
    /** Inverse L2 strength: the sum of log losses plus |w|^2 / (2 C), the bias not penalised. */
    static final double C = 10;
    /** L-BFGS: history, iterations and the gradient norm (per answer) at which a fit has converged. */
    static final int HISTORY = 10;
    static final int ITERATIONS = 400;
    static final double TOLERANCE = 1e-7;

    TextModel {
        weights = Map.copyOf(weights);
    }

    /** The probability that {@code text} meets {@code criterion}. */
    double probability(String criterion, String text) {
        return probability(weights.get(criterion), tfidf.vector(text));
    }

    private static double probability(double[] w, TfIdf.Vector x) {
        return sigmoid(w[0] + dot(w, x));
    }

    /**
     * Fits one model per criterion of {@code labels} (criterion to one label per text) on {@code texts}, with a
     * vocabulary of grams at least two of the texts use. Deterministic: the same texts and labels give the same weights.
     */
    static TextModel fit(List<String> texts, Map<String, boolean[]> labels) {
        TfIdf tfidf = TfIdf.of(texts);
        TfIdf.Vector[] x = texts.stream().map(tfidf::vector).toArray(TfIdf.Vector[]::new);
        Map<String, double[]> weights = new LinkedHashMap<>();
        labels.forEach((criterion, y) -> weights.put(criterion, fit(x, y, tfidf.size())));
        return new TextModel(tfidf, weights);
    }

    private static double dot(double[] w, TfIdf.Vector x) {
        double z = 0;
        for (int k = 0; k < x.index().length; k++) {
            z += w[x.index()[k] + 1] * x.weight()[k];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + StrictMath.exp(-z)) : StrictMath.exp(z) / (1 + StrictMath.exp(z));
    }

    /** The loss and, into {@code gradient}, its gradient at {@code w}. */
    private static double loss(double[] w, TfIdf.Vector[] x, boolean[] y, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double z = w[0] + dot(w, x[i]);
            double t = y[i] ? 1 : 0;
            // log(1 + e^z) - t z, computed without overflow
            loss += (z > 0 ? z + StrictMath.log1p(StrictMath.exp(-z)) : StrictMath.log1p(StrictMath.exp(z))) - t * z;
            double r = sigmoid(z) - t;
            gradient[0] += r;
            for (int k = 0; k < x[i].index().length; k++) {
                gradient[x[i].index()[k] + 1] += r * x[i].weight()[k];
            }
        }
        for (int j = 1; j < w.length; j++) {
            loss += w[j] * w[j] / (2 * C);
            gradient[j] += w[j] / C;
        }
        return loss;
    }

    /** L-BFGS from zero with a backtracking (Armijo) line search. */
    private static double[] fit(TfIdf.Vector[] x, boolean[] y, int grams) {
        int d = grams + 1;
        double[] w = new double[d];
        double[] g = new double[d];
        double f = loss(w, x, y, g);
        double[][] s = new double[HISTORY][];
        double[][] u = new double[HISTORY][];
        double[] rho = new double[HISTORY];
        int stored = 0;
        double[] next = new double[d];
        double[] nextGradient = new double[d];
        for (int iteration = 0; iteration < ITERATIONS && norm(g) > TOLERANCE * x.length; iteration++) {
            double[] direction = g.clone();
            double[] alpha = new double[HISTORY];
            for (int k = stored - 1; k >= 0; k--) {
                alpha[k] = rho[k] * dot(s[k], direction);
                axpy(-alpha[k], u[k], direction);
            }
            if (stored > 0) {
                scale(direction, dot(s[stored - 1], u[stored - 1]) / dot(u[stored - 1], u[stored - 1]));
            } else {
                scale(direction, 1 / Math.max(1, norm(g)));
            }
            for (int k = 0; k < stored; k++) {
                double beta = rho[k] * dot(u[k], direction);
                axpy(alpha[k] - beta, s[k], direction);
            }
            double slope = -dot(g, direction);
            if (slope >= 0) { // not a descent direction: start the history again
                stored = 0;
                direction = g.clone();
                scale(direction, 1 / Math.max(1, norm(g)));
                slope = -dot(g, direction);
            }
            double step = 1;
            double fNext;
            while (true) {
                for (int j = 0; j < d; j++) {
                    next[j] = w[j] - step * direction[j];
                }
                fNext = loss(next, x, y, nextGradient);
                if (fNext <= f + 1e-4 * step * slope) {
                    break;
                }
                step /= 2;
                if (step < 1e-10) {
                    return w; // no step lowers the loss: converged as far as doubles go; keep the last good point
                }
            }
            double[] sk = new double[d];
            double[] uk = new double[d];
            for (int j = 0; j < d; j++) {
                sk[j] = next[j] - w[j];
                uk[j] = nextGradient[j] - g[j];
            }
            double su = dot(sk, uk);
            if (su > 1e-12) {
                if (stored == HISTORY) {
                    System.arraycopy(s, 1, s, 0, HISTORY - 1);
                    System.arraycopy(u, 1, u, 0, HISTORY - 1);
                    System.arraycopy(rho, 1, rho, 0, HISTORY - 1);
                    stored--;
                }
                s[stored] = sk;
                u[stored] = uk;
                rho[stored] = 1 / su;
                stored++;
            }
            System.arraycopy(next, 0, w, 0, d);
            System.arraycopy(nextGradient, 0, g, 0, d);
            if (f - fNext < 1e-12 * Math.max(1, Math.abs(f))) {
                f = fNext;
                break;
            }
            f = fNext;
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double[] x, double a) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }
}
