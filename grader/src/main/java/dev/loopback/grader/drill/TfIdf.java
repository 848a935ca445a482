package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Words, sentences and TF-IDF vectors for the calibration's text model ({@link TextModel}): lower-cased words
 * ({@code [a-z0-9]+} joined by - or '), each with the next as a bigram; a vocabulary of the grams at least two
 * answers of the pool use; weights ln(1 + count) times idf = ln((n + 1) / (df + 1)) + 1, scaled to length 1.
 */
final class TfIdf {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]++(?:[-'][a-z0-9]++)*+"); // possessive, as AnswerText.WORD
    private static final Pattern LINES = Pattern.compile("\\n+");
    /** A sentence ends at . ! ? ; : before white space and a character that is not a lower-case letter. */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+(?=[^a-z])");
    private static final Pattern BULLET = Pattern.compile("^[-*\\d.)]+\\s+");
    /** A sentence needs this many words to count ("New connection:" alone does not). */
    private static final int SENTENCE_WORDS = 3;
    static final int MIN_DOCUMENTS = 2;

    private final Map<String, Integer> index;
    private final double[] idf;

    private TfIdf(Map<String, Integer> index, double[] idf) {
        this.index = index;
        this.idf = idf;
    }

    /** A sparse vector: ascending gram indexes and their weights. */
    record Vector(int[] index, double[] weight) {
    }

    /** The words of {@code text} and every pair of neighbours joined by '_'. */
    static List<String> grams(String text) {
        java.util.regex.Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        List<String> grams = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            grams.add(words.get(i) + "_" + words.get(i + 1));
        }
        return grams;
    }

    /**
     * The sentences of an answer: its lines, each split after . ! ? ; : where the next sentence does not start with a
     * lower-case letter, a leading bullet or number dropped, sentences of fewer than three words left out (the whole
     * answer when none is left).
     */
    static List<String> sentences(String answer) {
        String text = answer.strip();
        List<String> sentences = new ArrayList<>();
        for (String line : LINES.split(text)) {
            for (String s : SENTENCE_END.split(line)) {
                s = BULLET.matcher(s.strip()).replaceFirst("");
                if (s.split("\\s+").length >= SENTENCE_WORDS) {
                    sentences.add(s);
                }
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(text);
        }
        return sentences;
    }

    /** The vocabulary and idf of {@code documents} (whole answers). */
    static TfIdf of(List<String> documents) {
        Map<String, Integer> df = new TreeMap<>();
        for (String document : documents) {
            for (String gram : new HashSet<>(grams(document))) {
                df.merge(gram, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<Double> idf = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= MIN_DOCUMENTS) {
                index.put(e.getKey(), index.size());
                idf.add(Math.log((documents.size() + 1.0) / (e.getValue() + 1.0)) + 1);
            }
        }
        return new TfIdf(index, idf.stream().mapToDouble(Double::doubleValue).toArray());
    }

    int size() {
        return idf.length;
    }

    /** The grams of the vocabulary, in index order. */
    List<String> vocabulary() {
        String[] grams = new String[idf.length];
        index.forEach((gram, at) -> grams[at] = gram);
        return List.of(grams);
    }

    double[] idf() {
        return idf.clone();
    }

    /** A vocabulary read back: {@code grams} in index order, each with its idf. */
    static TfIdf of(List<String> grams, double[] idf) {
        if (grams.size() != idf.length) {
            throw new IllegalArgumentException(grams.size() + " grams but " + idf.length + " idf values");
        }
        Map<String, Integer> index = new HashMap<>();
        for (String gram : grams) {
            if (index.put(gram, index.size()) != null) {
                throw new IllegalArgumentException("the gram '" + gram + "' appears twice");
            }
        }
        return new TfIdf(index, idf.clone());
    }

    /** {@code text} as a vector of this vocabulary (grams outside it are dropped), length 1 (or all zero). */
    Vector vector(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String gram : grams(text)) {
            Integer at = index.get(gram);
            if (at != null) {
                counts.merge(at, 1, Integer::sum);
            }
        }
        int[] idx = new int[counts.size()];
        double[] w = new double[counts.size()];
        int k = 0;
        double norm = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            idx[k] = e.getKey();
            w[k] = Math.log1p(e.getValue()) * idf[e.getKey()];
            norm += w[k] * w[k];
            k++;
        }
        double scale = Math.sqrt(norm) + 1e-9;
        for (int i = 0; i < w.length; i++) {
            w[i] /= scale;
        }
        return new Vector(idx, w);
    }
}
