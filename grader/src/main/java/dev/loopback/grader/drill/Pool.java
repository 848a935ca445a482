package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A drill's labelled answers as TF-IDF vectors (whole answers and their sentences) with the authored example
 * sentences of each criterion, and the likeness signals of a new answer to them that {@link Calibration} weighs.
 */
final class Pool {
    /** The group of a labelled answer is its file-name prefix ({@code b3-}, {@code t7-}); the author's own have none. */
    private static final Pattern GROUP = Pattern.compile("([bt]\\d+)-.*");
    static final String AUTHORS = "orig";
    static final int KNN = 9;
    static final int SENTENCE_KNN = 5;

    /** One labelled answer: its file name, group and the criteria a person judged met. */
    record Entry(String name, String group, Set<String> met, String answer) {}

    private final List<Entry> entries;
    private final TfIdf tfidf;
    private final TfIdf.Vector[] whole;
    private final TfIdf.Vector[] sentences;
    private final int[] owner;
    private final Map<String, List<TfIdf.Vector>> examples;

    private Pool(List<Entry> entries, TfIdf tfidf, TfIdf.Vector[] whole, TfIdf.Vector[] sentences, int[] owner,
            Map<String, List<TfIdf.Vector>> examples) {
        this.entries = entries;
        this.tfidf = tfidf;
        this.whole = whole;
        this.sentences = sentences;
        this.owner = owner;
        this.examples = examples;
    }

    static String group(String name) {
        java.util.regex.Matcher m = GROUP.matcher(name);
        return m.matches() ? m.group(1) : AUTHORS;
    }

    /** The pool of {@code answers}, with the example sentences of {@code drill}'s criteria. */
    static Pool of(Drill drill, List<LabelledAnswer> answers) {
        List<Entry> entries = answers.stream()
                .map(a -> new Entry(a.name(), group(a.name()), a.met(), a.answer())).toList();
        TfIdf tfidf = TfIdf.of(entries.stream().map(Entry::answer).toList());
        TfIdf.Vector[] whole = entries.stream().map(e -> tfidf.vector(e.answer())).toArray(TfIdf.Vector[]::new);
        List<TfIdf.Vector> sentences = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String s : TfIdf.sentences(entries.get(i).answer())) {
                sentences.add(tfidf.vector(s));
                owner.add(i);
            }
        }
        Map<String, List<TfIdf.Vector>> examples = new LinkedHashMap<>();
        for (Criterion c : drill.criteria()) {
            examples.put(c.id(), c.examples().stream().map(tfidf::vector).toList());
        }
        return new Pool(List.copyOf(entries), tfidf, whole, sentences.toArray(TfIdf.Vector[]::new),
                owner.stream().mapToInt(Integer::intValue).toArray(), examples);
    }

    List<Entry> entries() {
        return entries;
    }

    int sentenceCount() {
        return sentences.length;
    }

    int vocabulary() {
        return tfidf.size();
    }

    /** The group of the pool entry that is this very answer (same name and text), if any. */
    java.util.Optional<String> groupOf(String name, String answer) {
        return entries.stream().filter(e -> e.name().equals(name) && e.answer().equals(answer)).map(Entry::group)
                .findFirst();
    }

    /**
     * How like every pool answer and pool sentence an answer is, with the pool in order of likeness (most alike first,
     * ties by pool order); computed once, read per criterion and per left-out group.
     */
    record Likeness(List<String> sentences, double[] whole, int[] wholeOrder, double[][] sentence,
            int[][] sentenceOrder, Map<String, Double> authored) {}

    Likeness likeness(String answer) {
        TfIdf.Vector vector = tfidf.vector(answer);
        double[] toWhole = new double[whole.length];
        for (int i = 0; i < whole.length; i++) {
            toWhole[i] = vector.dot(whole[i]);
        }
        List<String> own = TfIdf.sentences(answer);
        double[][] toSentences = new double[own.size()][];
        int[][] orders = new int[own.size()][];
        Map<String, Double> authored = new LinkedHashMap<>();
        examples.keySet().forEach(c -> authored.put(c, 0.0));
        for (int k = 0; k < own.size(); k++) {
            TfIdf.Vector s = tfidf.vector(own.get(k));
            toSentences[k] = new double[sentences.length];
            for (int j = 0; j < sentences.length; j++) {
                toSentences[k][j] = s.dot(sentences[j]);
            }
            orders[k] = descending(toSentences[k]);
            for (Map.Entry<String, List<TfIdf.Vector>> e : examples.entrySet()) {
                for (TfIdf.Vector example : e.getValue()) {
                    authored.merge(e.getKey(), s.dot(example), Math::max);
                }
            }
        }
        return new Likeness(own, toWhole, descending(toWhole), toSentences, orders, authored);
    }

    /** The indexes of {@code values}, largest value first, equal values in index order (a stable merge sort). */
    static int[] descending(double[] values) {
        int[] order = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int[] buffer = new int[values.length];
        for (int width = 1; width < order.length; width *= 2) {
            for (int lo = 0; lo < order.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, order.length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    buffer[k++] = values[order[j]] > values[order[i]] ? order[j++] : order[i++];
                }
                while (i < mid) {
                    buffer[k++] = order[i++];
                }
                while (j < hi) {
                    buffer[k++] = order[j++];
                }
                System.arraycopy(buffer, lo, order, lo, hi - lo);
            }
        }
        return order;
    }

    /**
     * The signals for criterion {@code c}, from the pool answers outside {@code leftOut} groups: knn9, the
     * similarity-weighted share of the 9 most similar answers that meet c; ncdiff, the best similarity to an answer
     * meeting c less the best to an answer that meets nothing; and, over the answer's sentences, the best of: sentC,
     * the best similarity to a sentence of an answer meeting c less the best to one of an answer that does not;
     * sentknn5, the share of the 5 most similar sentences that come from answers meeting c; authored, the best
     * similarity to an example sentence of c. {@code bestSentence} is the sentence with the highest sentC.
     */
    Signals signals(Likeness l, String c, Set<String> leftOut) {
        double weighted = 0;
        double weights = 0;
        int taken = 0;
        double bestMet = Double.NaN;
        double bestNothing = Double.NaN;
        for (int i : l.wholeOrder()) {
            Entry e = entries.get(i);
            if (leftOut.contains(e.group())) {
                continue;
            }
            boolean meets = e.met().contains(c);
            if (taken < KNN) {
                double w = Math.max(l.whole()[i], 1e-6);
                weights += w;
                weighted += meets ? w : 0;
                taken++;
            }
            if (meets && Double.isNaN(bestMet)) {
                bestMet = l.whole()[i];
            }
            if (e.met().isEmpty() && Double.isNaN(bestNothing)) {
                bestNothing = l.whole()[i];
            }
            if (taken == KNN && !Double.isNaN(bestMet) && !Double.isNaN(bestNothing)) {
                break;
            }
        }
        double knn = weights == 0 ? 0 : weighted / weights;
        double ncdiff = orZero(bestMet) - orZero(bestNothing);

        double sentC = Double.NEGATIVE_INFINITY;
        double sentKnn = 0;
        int best = 0;
        for (int k = 0; k < l.sentence().length; k++) {
            double[] sims = l.sentence()[k];
            double pos = Double.NaN;
            double neg = Double.NaN;
            int top = 0;
            int meeting = 0;
            for (int j : l.sentenceOrder()[k]) {
                Entry e = entries.get(owner[j]);
                if (leftOut.contains(e.group())) {
                    continue;
                }
                boolean meets = e.met().contains(c);
                if (top < SENTENCE_KNN) {
                    top++;
                    meeting += meets ? 1 : 0;
                }
                if (meets && Double.isNaN(pos)) {
                    pos = sims[j];
                } else if (!meets && Double.isNaN(neg)) {
                    neg = sims[j];
                }
                if (top == SENTENCE_KNN && !Double.isNaN(pos) && !Double.isNaN(neg)) {
                    break;
                }
            }
            double diff = orZero(pos) - orZero(neg);
            if (diff > sentC) {
                sentC = diff;
                best = k;
            }
            sentKnn = Math.max(sentKnn, top == 0 ? 0 : (double) meeting / top);
        }
        return new Signals(knn, sentC, sentKnn, l.authored().getOrDefault(c, 0.0), ncdiff, l.sentences().get(best));
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    /** The likeness signals of one answer for one criterion. */
    record Signals(double knn9, double sentC, double sentKnn5, double authored, double ncdiff, String bestSentence) {}
}
