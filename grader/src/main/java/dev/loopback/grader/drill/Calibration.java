package dev.loopback.grader.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

/**
 * A calibration layer on top of a drill's rules: per criterion, a logistic regression over the rules' verdict and
 * the answer's likeness to the drill's labelled answers ({@link Pool}), fitted by {@link Calibrator} on rule
 * verdicts given before the rules were tuned on those answers. It lives beside the drill file:
 * {@code <drill>.calibration.json} (the weights) and {@code <id>-labelled/} (the labelled pool the likeness is
 * measured against); a drill without them scores with its rules only.
 */
public final class Calibration {
    /** The features, in the order of every model's mean, sd and weights (weights have the bias first). */
    public static final List<String> FEATURES = List.of("rule", "knn9", "sentC", "sentknn5", "authored", "ncdiff",
            "rule*knn9", "rule*sentC");
    static final String SUFFIX = ".calibration.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Pool pool;
    private final Map<String, Logistic> models;
    private final Provenance provenance;

    Calibration(Pool pool, Map<String, Logistic> models, Provenance provenance) {
        this.pool = pool;
        this.models = Map.copyOf(models);
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

    Pool pool() {
        return pool;
    }

    Logistic model(String criterion) {
        return models.get(criterion);
    }

    public Provenance provenance() {
        return provenance;
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

    /** The feature row of one answer for one criterion. */
    static double[] features(boolean rule, Pool.Signals s) {
        double r = rule ? 1 : 0;
        return new double[] {r, s.knn9(), s.sentC(), s.sentKnn5(), s.authored(), s.ncdiff(), r * s.knn9(), r * s.sentC()};
    }

    /** The model's verdict on one criterion, with the signals it was based on. */
    record Verdict(boolean met, double probability, Pool.Signals signals) {}

    Verdict judge(Pool.Likeness likeness, String criterion, boolean rule, Set<String> leftOut) {
        Pool.Signals signals = pool.signals(likeness, criterion, leftOut);
        double[] x = features(rule, signals);
        Logistic model = models.get(criterion);
        double p = model.probability(x);
        return new Verdict(p >= model.threshold(), p, signals);
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
            Pool pool = Pool.of(drill, LabelledAnswer.readAll(poolDir));
            Calibration calibration = read(file, drill, pool);
            if (calibration.provenance().pool() != pool.entries().size()) {
                throw new IllegalArgumentException("fitted on a labelled pool of " + calibration.provenance().pool()
                        + " answers, but " + poolDir + " holds " + pool.entries().size());
            }
            return drill.withCalibration(new Status.Ready(calibration));
        } catch (IOException | DrillFormatException | IllegalArgumentException e) {
            String problem = e instanceof DrillFormatException f ? f.getMessage() : file + ": " + e.getMessage();
            return drill.withCalibration(new Status.Broken(file, problem + "; drill " + drill.id()
                    + " scores with its rules only until 'validate --drill " + drill.id() + " --calibrate' writes it again"));
        }
    }

    /** Reads the weights in {@code file}; anything missing or malformed is an {@link IllegalArgumentException}. */
    static Calibration read(Path file, Drill drill, Pool pool) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!drill.id().equals(root.path("drill").asText())) {
            throw new IllegalArgumentException("'drill' is '" + root.path("drill").asText() + "', not '" + drill.id() + "'");
        }
        List<String> features = new ArrayList<>();
        root.path("features").forEach(f -> features.add(f.asText()));
        if (!features.equals(FEATURES)) {
            throw new IllegalArgumentException("'features' must be " + FEATURES + ", is " + features);
        }
        Map<String, Logistic> models = new LinkedHashMap<>();
        for (Criterion c : drill.criteria()) {
            JsonNode node = root.path("criteria").path(c.id());
            if (!node.isObject()) {
                throw new IllegalArgumentException("no model for criterion '" + c.id() + "' under 'criteria'");
            }
            double[] mean = numbers(node, "mean", FEATURES.size(), c.id());
            double[] sd = numbers(node, "sd", FEATURES.size(), c.id());
            double[] weights = numbers(node, "weights", FEATURES.size() + 1, c.id());
            double threshold = numbers(node, "threshold", 1, c.id())[0];
            for (double s : sd) {
                if (s <= 0) {
                    throw new IllegalArgumentException(c.id() + ": every 'sd' must be above 0");
                }
            }
            if (threshold <= 0 || threshold >= 1) {
                throw new IllegalArgumentException(c.id() + ": 'threshold' must be between 0 and 1");
            }
            models.put(c.id(), new Logistic(mean, sd, weights, threshold));
        }
        JsonNode p = root.path("provenance");
        List<String> groups = new ArrayList<>();
        p.path("trainingGroups").forEach(g -> groups.add(g.asText()));
        return new Calibration(pool, models, new Provenance(p.path("trainingRows").asInt(), groups,
                p.path("ruleVerdicts").asText(), p.path("pool").asInt(), p.path("date").asText(),
                p.path("command").asText(), p.path("inputs").asText()));
    }

    private static double[] numbers(JsonNode node, String field, int size, String criterion) {
        JsonNode values = node.path(field);
        if (size == 1 && values.isNumber()) {
            return new double[] {values.asDouble()};
        }
        if (!values.isArray() || values.size() != size) {
            throw new IllegalArgumentException(criterion + ": '" + field + "' must be " + (size == 1 ? "a number"
                    : "an array of " + size + " numbers"));
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            if (!values.get(i).isNumber() || !Double.isFinite(values.get(i).asDouble())) {
                throw new IllegalArgumentException(criterion + ": '" + field + "' holds something that is not a number");
            }
            out[i] = values.get(i).asDouble();
        }
        return out;
    }

    /** The calibration as the JSON {@link #read} takes. */
    String json(String drillId, List<String> criteria) {
        ObjectNode root = JSON.createObjectNode();
        root.put("drill", drillId);
        ArrayNode features = root.putArray("features");
        FEATURES.forEach(features::add);
        ObjectNode byCriterion = root.putObject("criteria");
        for (String c : criteria) {
            Logistic m = models.get(c);
            ObjectNode node = byCriterion.putObject(c);
            ArrayNode mean = node.putArray("mean");
            for (double v : m.mean()) {
                mean.add(v);
            }
            ArrayNode sd = node.putArray("sd");
            for (double v : m.sd()) {
                sd.add(v);
            }
            ArrayNode weights = node.putArray("weights");
            for (double v : m.weights()) {
                weights.add(v);
            }
            node.put("threshold", m.threshold());
        }
        ObjectNode p = root.putObject("provenance");
        p.put("trainingRows", provenance.trainingRows());
        ArrayNode groups = p.putArray("trainingGroups");
        provenance.trainingGroups().forEach(groups::add);
        p.put("ruleVerdicts", provenance.ruleVerdicts());
        p.put("pool", provenance.pool());
        p.put("date", provenance.date());
        p.put("command", provenance.command());
        p.put("inputs", provenance.inputs());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the calibration of {@code drill} to {@code file} atomically (a temporary file beside it, then a move). */
    public void write(Drill drill, Path file) throws IOException {
        AtomicText.replace(file, json(drill.id(), drill.criteria().stream().map(Criterion::id).toList()));
    }
}
