package dev.loopback.grader.drill;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.text.AtomicText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A calibration layer on top of a drill's rules: per criterion, a logistic regression over the answer's words and word
 * pairs ({@link TextModel}), fitted by {@link Calibrator} on every answer of the drill's labelled pool. It lives beside
 * the drill file: {@code <drill>.calibration.json} (vocabulary and weights) and {@code <id>-labelled/} (the labelled
 * pool, from which a model with a group left out is fitted again when an answer of the pool is itself scored); a drill
 * without them scores with its rules only.
 */
public final class Calibration {
    /**
     * The model besides the criteria's: that the answer earns nothing at all (people labelled it with no criterion).
     * It sets every criterion aside when it holds: denials, lists and wrong ideas are alike across criteria.
     */
    static final String NOTHING = "(nothing)";
    /** What the weights are, as the file names it. */
    public static final String MODEL = "logistic regression over TF-IDF words and word pairs";
    static final String SUFFIX = ".calibration.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory STREAM = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    /** Bounds on what is read: the file's size, an idf value, a weight (a fitted model's are a few units). */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final double MAX_IDF = 50;
    static final double MAX_WEIGHT = 1000;
    /** Weights are kept to this many significant digits, in the file and in memory alike. */
    private static final java.math.MathContext DIGITS = new java.math.MathContext(6);

    private final Supplier<Pool> pool;
    private final TextModel model;
    private final Provenance provenance;
    private final Map<Set<String>, TextModel> withGroupsLeftOut = new ConcurrentHashMap<>();

    Calibration(Pool pool, TextModel model, Provenance provenance) {
        this(() -> pool, model, provenance);
    }

    /** {@code pool} is read when first needed: scoring a learner's answer never needs it. */
    private Calibration(Supplier<Pool> pool, TextModel model, Provenance provenance) {
        this.pool = pool;
        this.model = model;
        this.provenance = provenance;
    }

    /** Where the weights came from: what they were trained on, when and by which command. */
    public record Provenance(int trainingRows, List<String> trainingGroups, String ruleVerdicts, int pool,
            String date, String command, String inputs) {
        public Provenance {
            trainingGroups = List.copyOf(trainingGroups);
        }
    }

    /** Whether a loaded drill has a calibration: none, a ready one, or a broken file the drill scores without. */
    public sealed interface Status {
        /** No calibration file or no labelled pool: the drill scores with its rules only. */
        record None() implements Status {}

        record Ready(Calibration calibration) implements Status {}

        /** The file is there but unusable; {@code problem} names it and says the drill scores with its rules. */
        record Broken(Path file, String problem) implements Status {}
    }

    /** The labelled pool; read on first use when the calibration was read from its file. */
    Pool pool() {
        return pool.get();
    }

    TextModel model() {
        return model;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** The text the model reads of an answer: what the rules judge, without notes or hidden text. */
    static String modelText(String answer) {
        return DrillScorer.scoredText(answer).source();
    }

    /** The model fitted on {@code pool}'s answers outside {@code leftOut}, weights rounded as in the file. */
    static TextModel fit(Drill drill, Pool pool, Set<String> leftOut) {
        List<Pool.Entry> kept = pool.entries().stream().filter(e -> !leftOut.contains(e.group())).toList();
        List<String> texts = kept.stream().map(pool::text).toList();
        Map<String, boolean[]> labels = new LinkedHashMap<>();
        for (Criterion c : drill.criteria()) {
            boolean[] y = new boolean[kept.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = kept.get(i).met().contains(c.id());
            }
            labels.put(c.id(), y);
        }
        boolean[] nothing = new boolean[kept.size()];
        for (int i = 0; i < nothing.length; i++) {
            nothing[i] = kept.get(i).met().isEmpty();
        }
        labels.put(NOTHING, nothing);
        TextModel fitted = TextModel.fit(texts, labels);
        Map<String, double[]> rounded = new LinkedHashMap<>();
        fitted.weights().forEach((c, w) -> rounded.put(c, round(w)));
        return new TextModel(fitted.tfidf(), rounded);
    }

    private static double[] round(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = new java.math.BigDecimal(values[i]).round(DIGITS).doubleValue();
        }
        return out;
    }

    /**
     * The model's verdict on one criterion: met when it finds the criterion likely and the answer not likely to earn
     * nothing ({@link #met}); and the answer's sentence it finds likest to meeting it.
     */
    record Verdict(boolean met, double probability, double nothing, String bestSentence) {}

    /** The rule of every verdict: the criterion at least even odds, earning nothing less than even odds. */
    static boolean met(double probability, double nothing) {
        return probability >= 0.5 && nothing < 0.5;
    }

    /**
     * The verdict on {@code text} (see {@link #modelText}) for {@code criterion}; with {@code leftOut} groups, by a
     * model fitted without them (once per set of groups), so that an answer of the pool does not find itself.
     */
    Verdict judge(Drill drill, String text, String criterion, Set<String> leftOut) {
        TextModel m = leftOut.isEmpty() ? model : withGroupsLeftOut.computeIfAbsent(Set.copyOf(leftOut),
                groups -> fit(drill, pool(), groups));
        double p = m.probability(criterion, text);
        double nothing = m.probability(NOTHING, text);
        String best = text.strip();
        double bestP = -1;
        for (String sentence : TfIdf.sentences(text)) {
            double q = m.probability(criterion, sentence);
            if (q > bestP) {
                bestP = q;
                best = sentence;
            }
        }
        return new Verdict(met(p, nothing), p, nothing, best);
    }

    /** {@code 05-cold-start.md} -> {@code 05-cold-start.calibration.json} beside it. */
    public static Path fileOf(Path drillFile) {
        String name = drillFile.getFileName().toString();
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return drillFile.resolveSibling(stem + SUFFIX);
    }

    /** The labelled pool of drill {@code id}: {@code <id>-labelled/} beside the drill file. */
    public static Path poolOf(Path drillFile, String id) {
        return drillFile.resolveSibling(id + "-labelled");
    }

    /**
     * Attaches the calibration of the drill read from {@code drillFile}: {@link Status.None} when its calibration
     * file or its labelled pool is missing, {@link Status.Broken} (naming the file) when either cannot be used.
     */
    public static Drill attach(Drill drill, Path drillFile) {
        Path file = fileOf(drillFile);
        Path poolDir = poolOf(drillFile, drill.id());
        if (!Files.isRegularFile(file) || !Files.isDirectory(poolDir)) {
            return drill;
        }
        try {
            int answers = LabelledAnswer.files(poolDir).size();
            Calibration calibration = read(file, drill, lazily(poolDir));
            if (calibration.provenance().pool() != answers) {
                throw new IllegalArgumentException("fitted on a labelled pool of " + calibration.provenance().pool()
                        + " answers, but " + poolDir + " holds " + answers);
            }
            return drill.withCalibration(new Status.Ready(calibration));
        } catch (IOException | IllegalArgumentException e) {
            return drill.withCalibration(new Status.Broken(file, file + ": " + e.getMessage() + "; drill " + drill.id()
                    + " scores with its rules only until 'validate --drill " + drill.id() + " --calibrate' writes it again"));
        }
    }

    /** The pool in {@code folder}, read once on first use; a malformed answer file is named as when it is read. */
    private static Supplier<Pool> lazily(Path folder) {
        return new Supplier<>() {
            private Pool pool;

            @Override
            public synchronized Pool get() {
                if (pool == null) {
                    try {
                        pool = Pool.of(LabelledAnswer.readAll(folder));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (DrillFormatException e) {
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                }
                return pool;
            }
        };
    }

    /**
     * Reads the weights in {@code file}; anything missing, malformed or out of bounds ({@link #MAX_BYTES},
     * {@link #MAX_IDF}, {@link #MAX_WEIGHT}) is an {@link IllegalArgumentException}. The vocabulary and weights (tens
     * of thousands of numbers) are parsed as a stream of tokens, not into a tree: a learner's {@code drill} command
     * reads this file every time.
     */
    static Calibration read(Path file, Drill drill, Supplier<Pool> pool) throws IOException {
        String drillId = null;
        String model = null;
        JsonNode provenance = null;
        List<String> grams = null;
        double[] idf = null;
        Map<String, double[]> weights = new LinkedHashMap<>();
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException(size / (1024 * 1024) + " MB, more than a calibration file's " + MAX_BYTES
                    / (1024 * 1024) + " MB (drill 05's is 0.6 MB)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text");
        }
        try (JsonParser p = STREAM.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "drill" -> drillId = text(p, "drill");
                    case "model" -> model = text(p, "model");
                    case "provenance" -> provenance = JSON.readTree(p);
                    case "vocabulary" -> grams = words(p);
                    case "idf" -> idf = numbers(p, "idf");
                    case "criteria" -> {
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            throw new IllegalArgumentException("'criteria' must be an object");
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String c = p.currentName();
                            p.nextToken();
                            weights.put(c, numbers(p, c));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            // a limit of the parser (a number of thousands of digits, nesting thousands deep) has no location
            throw new IllegalArgumentException("not valid JSON (" + (e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ": ") + e.getOriginalMessage() + ")");
        }
        if (!drill.id().equals(drillId)) {
            throw new IllegalArgumentException("'drill' is '" + drillId + "', not '" + drill.id() + "'");
        }
        if (!MODEL.equals(model)) {
            throw new IllegalArgumentException("'model' must be '" + MODEL + "' (written by an older Loopback?)");
        }
        if (grams == null || grams.isEmpty()) {
            throw new IllegalArgumentException("'vocabulary' must be a non-empty array of words and word pairs");
        }
        if (idf == null || idf.length != grams.size()) {
            throw new IllegalArgumentException("'idf' must be an array of " + grams.size() + " numbers");
        }
        for (double v : idf) {
            if (v <= 0 || v > MAX_IDF) { // ln((n + 1) / (df + 1)) + 1 lies in (1, ln(n + 1) + 1]
                throw new IllegalArgumentException("'idf' holds " + v + ", outside (0, " + MAX_IDF + "]");
            }
        }
        List<String> models = new ArrayList<>(drill.criteria().stream().map(Criterion::id).toList());
        models.add(NOTHING);
        for (String c : models) {
            if (!weights.containsKey(c)) {
                throw new IllegalArgumentException("no weights for '" + c + "' under 'criteria'");
            }
            if (weights.get(c).length != grams.size() + 1) {
                throw new IllegalArgumentException(c + ": '" + c + "' must be an array of " + (grams.size() + 1) + " numbers");
            }
        }
        weights.keySet().retainAll(models);
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            for (double w : e.getValue()) {
                if (Math.abs(w) > MAX_WEIGHT) {
                    throw new IllegalArgumentException(e.getKey() + ": a weight of " + w + " is beyond " + MAX_WEIGHT
                            + "; a fitted model's weights are a few units");
                }
            }
        }
        JsonNode prov = provenance == null ? JSON.createObjectNode() : provenance;
        List<String> groups = new ArrayList<>();
        prov.path("trainingGroups").forEach(g -> groups.add(g.asText()));
        return new Calibration(pool, new TextModel(TfIdf.of(grams, idf), weights), new Provenance(
                prov.path("trainingRows").asInt(), groups, prov.path("ruleVerdicts").asText(), prov.path("pool").asInt(),
                prov.path("date").asText(), prov.path("command").asText(), prov.path("inputs").asText()));
    }

    private static String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return p.getText();
    }

    private static List<String> words(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("'vocabulary' must be a non-empty array of words and word pairs");
        }
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                throw new IllegalArgumentException("'vocabulary' holds something that is not a word");
            }
            out.add(p.getText());
        }
        return out;
    }

    private static double[] numbers(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("'" + field + "' must be an array of numbers");
        }
        double[] out = new double[64];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!p.currentToken().isNumeric() || !Double.isFinite(p.getDoubleValue())) {
                throw new IllegalArgumentException(field + ": '" + field + "' holds something that is not a number");
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = p.getDoubleValue();
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The calibration as the JSON {@link #read} takes: one line per field, each array on one line. */
    String json(String drillId, List<String> criteria) {
        ObjectNode root = JSON.createObjectNode();
        root.put("drill", drillId);
        root.put("model", MODEL);
        ObjectNode p = root.putObject("provenance");
        p.put("trainingRows", provenance.trainingRows());
        ArrayNode groups = p.putArray("trainingGroups");
        provenance.trainingGroups().forEach(groups::add);
        p.put("ruleVerdicts", provenance.ruleVerdicts());
        p.put("pool", provenance.pool());
        p.put("date", provenance.date());
        p.put("command", provenance.command());
        p.put("inputs", provenance.inputs());
        ArrayNode vocabulary = root.putArray("vocabulary");
        model.tfidf().vocabulary().forEach(vocabulary::add);
        ArrayNode idf = root.putArray("idf");
        for (double v : model.tfidf().idf()) {
            idf.add(v);
        }
        ObjectNode byCriterion = root.putObject("criteria");
        List<String> models = new ArrayList<>(criteria);
        models.add(NOTHING);
        for (String c : models) {
            ArrayNode weights = byCriterion.putArray(c);
            for (double v : model.weights().get(c)) {
                weights.add(v);
            }
        }
        try {
            return JSON.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withArrayIndenter(com.fasterxml.jackson.core.util.DefaultPrettyPrinter.FixedSpaceIndenter.instance))
                    .writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the calibration of {@code drill} to {@code file} atomically (a temporary file beside it, then a move). */
    public void write(Drill drill, Path file) throws IOException {
        AtomicText.replace(file, json(drill.id(), drill.criteria().stream().map(Criterion::id).toList()));
    }
}
