package dev.loopback.grader.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fits a drill's {@link Calibration} on its labelled pool and measures it the way a blind set measures it: each group
 * of the pool (a round's blind set, a tuner's answers) judged by a model fitted only on the answers written before it,
 * against the rule verdicts recorded for that group before the rules were tuned on it ({@code BLIND-RULES.tsv}).
 */
public final class Calibrator {
    /** The recorded rule verdicts, in the labelled pool's folder. */
    public static final String BLIND_RULES = "BLIND-RULES.tsv";

    private Calibrator() {}

    /** What a frozen rule scorer said about one answer: the kind of assessment and the criteria it met. */
    public record RuleVerdict(String kind, Set<String> met) {
        public RuleVerdict {
            met = Set.copyOf(met);
        }

        boolean scored() {
            return kind.equals("Scored");
        }
    }

    /** {@code file kind met} lines ({@code #} comments); a missing file is no verdicts. */
    public static Map<String, RuleVerdict> readBlindRules(Path file) throws IOException, DrillFormatException {
        Map<String, RuleVerdict> verdicts = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return verdicts;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 3 || !parts[0].endsWith(".txt") || !Set.of("Scored", "TooShort", "NotAnswer").contains(parts[1])) {
                throw new DrillFormatException(file, i + 1, "expected '<answer>.txt<TAB>Scored|TooShort|NotAnswer<TAB><criteria,"
                        + " comma-separated>'");
            }
            Set<String> met = new LinkedHashSet<>();
            for (String c : parts[2].split(",")) {
                if (!c.isBlank()) {
                    met.add(c.strip());
                }
            }
            if (verdicts.put(parts[0], new RuleVerdict(parts[1], met)) != null) {
                throw new DrillFormatException(file, i + 1, parts[0] + " appears twice");
            }
        }
        return verdicts;
    }

    /** The fitted calibration, how it did on each group judged by what came before it, and notes for the author. */
    public record Result(Calibration calibration, CrossValidation crossValidation, List<String> notes) {}

    /** One measured answer: the labelled answer, its group and the rule verdict it is compared with. */
    private record Row(LabelledAnswer answer, String group, RuleVerdict rule) {}

    /**
     * Fits drill {@code drill}'s calibration on every answer of {@code answers} (the labelled pool) and measures it
     * group by group with {@code blind} rule verdicts; {@code inputs} (the drill file's text) goes into the fingerprint
     * of what it was fitted on.
     */
    public static Result calibrate(Drill drill, String inputs, List<LabelledAnswer> answers, Map<String, RuleVerdict> blind,
            String date, String command) {
        Pool pool = Pool.of(answers);
        Set<String> known = new LinkedHashSet<>();
        answers.forEach(a -> known.add(a.name()));
        List<String> stray = blind.keySet().stream().filter(n -> !known.contains(n)).toList();
        if (!stray.isEmpty()) {
            throw new IllegalArgumentException(BLIND_RULES + " names answers the pool does not hold: " + stray);
        }
        List<String> groups = pool.entries().stream().map(Pool.Entry::group).distinct()
                .sorted(java.util.Comparator.comparingDouble(Pool::written)).toList();
        if (groups.size() < 2) {
            throw new IllegalArgumentException("the labelled answers come from " + groups.size() + " group(s); judging a"
                    + " group by the answers written before it needs at least 2 (groups are file-name prefixes like b3-)");
        }
        boolean recorded = !blind.isEmpty();
        List<String> notes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (LabelledAnswer a : answers) {
            String group = Pool.group(a.name());
            RuleVerdict rule = blind.get(a.name());
            if (rule == null && !recorded && !group.equals(groups.get(0))) {
                Assessment today = DrillScorer.rules(drill, a.answer());
                Set<String> met = new LinkedHashSet<>();
                today.criteria().stream().filter(CriterionResult::met).forEach(r -> met.add(r.id()));
                rule = new RuleVerdict(today.getClass().getSimpleName(), met);
            }
            if (rule != null) {
                rows.add(new Row(a, group, rule));
            }
        }
        if (recorded) {
            notes.add("Measured on the " + rows.size() + " answers with a rule verdict recorded before the rules were tuned"
                    + " on them (" + BLIND_RULES + "); the model is fitted on all " + answers.size() + ".");
        } else {
            notes.add("No recorded rule verdicts (" + BLIND_RULES + "): the rules column is today's rules, which were tuned"
                    + " on these answers, so it flatters the rules.");
        }
        Calibration.Provenance provenance = new Calibration.Provenance(answers.size(), groups,
                recorded ? BLIND_RULES + " (to measure; the model is fitted on the labels)" : "none", answers.size(), date,
                command, fingerprint(inputs, answers, blind));
        Calibration calibration = new Calibration(pool, Calibration.fit(drill, pool, Set.of()), provenance);
        return new Result(calibration, crossValidate(drill, pool, rows, groups), List.copyOf(notes));
    }

    /** Per group of training rows: agreement per criterion of the rules and of the calibration, and no-credit earning. */
    public record GroupRow(String group, int answers, List<Integer> rulesAgreed, List<Integer> calibratedAgreed,
            List<Integer> shippedAgreed, int noCredit, int rulesEarning, int calibratedEarning, int shippedEarning) {}

    /**
     * Forward: each measured group judged by a model fitted only on the pool's answers written before it
     * ({@link Pool#written}), as a blind set is judged by a model that never saw it. "calibrated" applies the model to
     * every answer; "shipped" only to answers the rules scored, as {@link DrillScorer#score} does (answers that were
     * too short or no answer keep the rules' verdict: nothing met).
     */
    public record CrossValidation(List<String> criteria, List<GroupRow> rows) {
        public String report() {
            StringBuilder out = new StringBuilder("Each group judged by a model fitted on the answers written before it (% per criterion: "
                    + String.join("/", criteria) + "; no-credit answers earning something):\n");
            for (GroupRow r : rows) {
                out.append(String.format(Locale.ROOT, "  %-5s %3d answers  rules %s nc %d/%d | calibrated %s nc %d/%d | shipped %s nc %d/%d%n",
                        r.group(), r.answers(), percents(r.rulesAgreed(), r.answers()), r.rulesEarning(), r.noCredit(),
                        percents(r.calibratedAgreed(), r.answers()), r.calibratedEarning(), r.noCredit(),
                        percents(r.shippedAgreed(), r.answers()), r.shippedEarning(), r.noCredit()));
            }
            out.append(String.format(Locale.ROOT, "  mean               rules %s nc %d/%d | calibrated %s nc %d/%d | shipped %s nc %d/%d%n",
                    mean(GroupRow::rulesAgreed), sum(GroupRow::rulesEarning), sum(GroupRow::noCredit),
                    mean(GroupRow::calibratedAgreed), sum(GroupRow::calibratedEarning), sum(GroupRow::noCredit),
                    mean(GroupRow::shippedAgreed), sum(GroupRow::shippedEarning), sum(GroupRow::noCredit)));
            out.append(String.format(Locale.ROOT, "  worst              rules %s        | calibrated %s        | shipped %s%n",
                    worst(GroupRow::rulesAgreed), worst(GroupRow::calibratedAgreed), worst(GroupRow::shippedAgreed)));
            return out.toString();
        }

        /** The mean over groups of each criterion's agreement, in percent. */
        public double[] meanPercent(java.util.function.Function<GroupRow, List<Integer>> which) {
            double[] mean = new double[criteria.size()];
            for (GroupRow r : rows) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += 100.0 * which.apply(r).get(i) / r.answers() / rows.size();
                }
            }
            return mean;
        }

        private String mean(java.util.function.Function<GroupRow, List<Integer>> which) {
            double[] m = meanPercent(which);
            List<String> parts = new ArrayList<>();
            for (double v : m) {
                parts.add(String.format(Locale.ROOT, "%.1f", v));
            }
            return String.join("/", parts);
        }

        private String worst(java.util.function.Function<GroupRow, List<Integer>> which) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                double min = 100;
                for (GroupRow r : rows) {
                    min = Math.min(min, 100.0 * which.apply(r).get(i) / r.answers());
                }
                parts.add(String.format(Locale.ROOT, "%.1f", min));
            }
            return String.join("/", parts);
        }

        private int sum(java.util.function.ToIntFunction<GroupRow> which) {
            return rows.stream().mapToInt(which).sum();
        }

        private static String percents(List<Integer> agreed, int answers) {
            List<String> parts = new ArrayList<>();
            for (int a : agreed) {
                parts.add(String.format(Locale.ROOT, "%.1f", 100.0 * a / answers));
            }
            return String.join("/", parts);
        }
    }

    private static CrossValidation crossValidate(Drill drill, Pool pool, List<Row> rows, List<String> groups) {
        List<String> criteria = drill.criteria().stream().map(Criterion::id).toList();
        List<GroupRow> out = new ArrayList<>();
        // a group is measured when it has rule verdicts and answers were written before it to fit a model on
        List<String> measured = groups.stream().filter(g -> rows.stream().anyMatch(r -> r.group().equals(g)))
                .filter(g -> Pool.written(groups.get(0)) < Pool.written(g)).toList();
        for (String k : measured) {
            List<Row> held = rows.stream().filter(r -> r.group().equals(k)).toList();
            Set<String> notYet = new LinkedHashSet<>();
            groups.stream().filter(g -> Pool.written(g) >= Pool.written(k)).forEach(notYet::add);
            TextModel model = Calibration.fit(drill, pool, notYet);
            boolean[][] calibrated = new boolean[held.size()][criteria.size()];
            boolean[][] shipped = new boolean[held.size()][criteria.size()];
            List<Integer> rulesAgreed = new ArrayList<>();
            List<Integer> calibratedAgreed = new ArrayList<>();
            List<Integer> shippedAgreed = new ArrayList<>();
            String[] texts = new String[held.size()];
            double[] nothing = new double[held.size()];
            for (int r = 0; r < held.size(); r++) {
                texts[r] = Calibration.modelText(held.get(r).answer().answer());
                nothing[r] = model.probability(Calibration.NOTHING, texts[r]);
            }
            for (int ci = 0; ci < criteria.size(); ci++) {
                String c = criteria.get(ci);
                int rule = 0;
                int cal = 0;
                int ship = 0;
                for (int r = 0; r < held.size(); r++) {
                    Row row = held.get(r);
                    boolean ruleMet = row.rule().met().contains(c);
                    boolean label = row.answer().met().contains(c);
                    calibrated[r][ci] = Calibration.met(model.probability(c, texts[r]), nothing[r]);
                    shipped[r][ci] = row.rule().scored() ? calibrated[r][ci] : ruleMet;
                    rule += ruleMet == label ? 1 : 0;
                    cal += calibrated[r][ci] == label ? 1 : 0;
                    ship += shipped[r][ci] == label ? 1 : 0;
                }
                rulesAgreed.add(rule);
                calibratedAgreed.add(cal);
                shippedAgreed.add(ship);
            }
            int noCredit = 0;
            int rulesEarning = 0;
            int calibratedEarning = 0;
            int shippedEarning = 0;
            for (int r = 0; r < held.size(); r++) {
                if (!held.get(r).answer().met().isEmpty()) {
                    continue;
                }
                noCredit++;
                rulesEarning += held.get(r).rule().met().isEmpty() ? 0 : 1;
                calibratedEarning += any(calibrated[r]) ? 1 : 0;
                shippedEarning += any(shipped[r]) ? 1 : 0;
            }
            out.add(new GroupRow(k, held.size(), rulesAgreed, calibratedAgreed, shippedAgreed, noCredit, rulesEarning,
                    calibratedEarning, shippedEarning));
        }
        return new CrossValidation(criteria, out);
    }

    private static boolean any(boolean[] values) {
        for (boolean v : values) {
            if (v) {
                return true;
            }
        }
        return false;
    }

    /** sha256 over the drill file's text, every labelled answer (name, labels, text) and every recorded verdict. */
    private static String fingerprint(String drillText, List<LabelledAnswer> answers, Map<String, RuleVerdict> blind) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(drillText.getBytes(StandardCharsets.UTF_8));
            for (LabelledAnswer a : answers) {
                digest.update((a.name() + "\0" + new java.util.TreeSet<>(a.met()) + "\0" + a.answer() + "\0")
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, RuleVerdict> e : new TreeMap<>(blind).entrySet()) {
                digest.update((e.getKey() + "\0" + e.getValue().kind() + "\0" + new java.util.TreeSet<>(e.getValue().met())
                        + "\0").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
