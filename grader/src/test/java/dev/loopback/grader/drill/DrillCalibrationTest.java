package dev.loopback.grader.drill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration layer on tiny hand-made pools: its signals, its regression, rescues and vetoes, its file. */
class DrillCalibrationTest {
    static final String RUBRIC = """
            # Drill: t

            ## Prompt

            Why?

            ## Model answer

            Because.

            ## Rubric

            ### pool (1 point)

            Proposes pooling.

            - any: pool*
            - not after: not | no
            - example: Reuse connections from a pool.

            ### jit (1 point)

            Names the JIT.

            - any: jit
            """;

    private static Drill drill() throws DrillFormatException {
        return DrillParser.parse("t", Path.of("t.md"), RUBRIC.lines().toList());
    }

    private static LabelledAnswer answer(String name, String answer, String... met) {
        return new LabelledAnswer(name, Set.of(met), answer);
    }

    /** Group b1 proposes reuse in everyday words; group b2 answers nothing about it. */
    private static List<LabelledAnswer> pool() {
        return List.of(
                answer("b1-1.txt", "Keep the lines open and hand them out again for every call.", "pool"),
                answer("b1-2.txt", "Keep the lines open between calls and hand them out again.", "pool"),
                answer("b2-1.txt", "The JIT compiler is still cold on the first call.", "jit"),
                answer("b2-2.txt", "Nothing to add here, the weather is nice today."),
                answer("b3-1.txt", "Hand the open lines out again, keep them open.", "pool"),
                answer("b3-2.txt", "The weather is nice today, nothing else to add."));
    }

    @Test
    void sentencesAndGramsFollowTheOfflineExperiment() {
        assertEquals(List.of("TCP and TLS handshakes on call one; pooled keep-alive connection after."),
                TfIdf.sentences("New connection: TCP and TLS handshakes on call one; pooled keep-alive connection after."));
        assertEquals(List.of("first call opens it.", "later ones reuse it"),
                TfIdf.sentences("- first call opens it.\n- later ones reuse it"));
        assertEquals(List.of("keep-alive", "isn't", "it", "keep-alive_isn't", "isn't_it"), TfIdf.grams("Keep-Alive, isn't it?"));
    }

    @Test
    void signalsLeaveTheAnswersOwnGroupOut() throws Exception {
        Pool pool = Pool.of(drill(), pool());
        Pool.Likeness likeness = pool.likeness("Keep the lines open and hand them out again for every call.");
        Pool.Signals all = pool.signals(likeness, "pool", Set.of());
        Pool.Signals without = pool.signals(likeness, "pool", Set.of("b1"));
        assertEquals(1.0, likeness.whole()[0], 1e-9, "identical to b1-1");
        double weighted = 0;
        double weights = 0;
        double bestMet = 0;
        double bestNothing = 0;
        for (int i = 0; i < pool().size(); i++) {
            double w = Math.max(likeness.whole()[i], 1e-6);
            weights += w;
            weighted += pool().get(i).met().contains("pool") ? w : 0;
            bestMet = Math.max(bestMet, pool().get(i).met().contains("pool") ? likeness.whole()[i] : 0);
            bestNothing = Math.max(bestNothing, pool().get(i).met().isEmpty() ? likeness.whole()[i] : 0);
        }
        assertEquals(weighted / weights, all.knn9(), 1e-12, "all 6 answers are among the 9 nearest");
        assertEquals(bestMet - bestNothing, all.ncdiff(), 1e-12);
        assertEquals(1.0, all.ncdiff() + bestNothing, 1e-9);
        assertTrue(without.knn9() < all.knn9() && without.ncdiff() < all.ncdiff(), without.toString());
        assertTrue(without.knn9() > 0.5, "b3-1 is still like it: " + without);
        assertTrue(all.sentC() > without.sentC() && without.sentC() > 0, without.toString());
        assertTrue(pool.signals(likeness, "jit", Set.of()).sentKnn5() <= 0.2, "one jit sentence in the pool");
        assertEquals(0.0, all.authored(), 1e-9 + 0.3, "the example shares only a few words");
    }

    @Test
    void theRegressionLearnsASeparableFeatureAndPicksAThresholdOnTheGrid() {
        double[][] x = new double[40][];
        boolean[] y = new boolean[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i % 2, i / 40.0};
            y[i] = i % 2 == 1;
        }
        Logistic model = Logistic.fit(x, y);
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], model.met(x[i]), "row " + i);
        }
        assertTrue(model.weights()[1] > 1, java.util.Arrays.toString(model.weights()));
        double step = (0.8 - 0.2) / 24;
        assertEquals(0, Math.abs((model.threshold() - 0.2) / step - Math.round((model.threshold() - 0.2) / step)), 1e-9);
    }

    /** A model for "pool" that meets it when most alike answers do (knn9 above one half), whatever the rules say. */
    private static Drill calibrated(List<LabelledAnswer> answers) throws DrillFormatException {
        Drill drill = drill();
        double[] zeros = new double[Calibration.FEATURES.size()];
        double[] ones = new double[Calibration.FEATURES.size()];
        java.util.Arrays.fill(ones, 1);
        double[] byLikeness = new double[Calibration.FEATURES.size() + 1];
        byLikeness[0] = -10;
        byLikeness[2] = 20;
        double[] byRule = new double[Calibration.FEATURES.size() + 1];
        byRule[0] = -5;
        byRule[1] = 10;
        Calibration calibration = new Calibration(Pool.of(drill, answers), Map.of(
                "pool", new Logistic(zeros, ones, byLikeness, 0.5), "jit", new Logistic(zeros, ones, byRule, 0.5)),
                new Calibration.Provenance(0, List.of(), "hand-made", answers.size(), "-", "-", "-"));
        return drill.withCalibration(new Calibration.Status.Ready(calibration));
    }

    private static CriterionResult result(Assessment assessment, String id) {
        return assessment.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aParaphraseLikeAnswersThatMeetTheCriterionIsRescued() throws Exception {
        Drill drill = calibrated(pool());
        String answer = "Keep the lines open, and hand them out again for each call.";
        assertFalse(result(DrillScorer.rules(drill, answer), "pool").met(), "no rule matches the paraphrase");
        CriterionResult rescued = result(DrillScorer.score(drill, answer), "pool");
        assertTrue(rescued.met());
        assertEquals(List.of(answer + DrillScorer.LIKENESS), rescued.evidence());
        assertEquals(1, DrillScorer.score(drill, answer).score());
        assertFalse(result(DrillScorer.score(drill, "The weather is nice today, nothing to add."), "pool").met());
        assertFalse(result(DrillScorer.score(drill, "I would not keep the lines open or hand out any pool."), "pool").met(),
                "a criterion whose word the rules found negated is not rescued");
    }

    @Test
    void aKeywordInAnswerWordedLikeOnesThatDoNotMeetTheCriterionIsVetoed() throws Exception {
        Drill drill = calibrated(pool());
        String answer = "The weather is nice today, nothing to add about the swimming pool.";
        assertTrue(result(DrillScorer.rules(drill, answer), "pool").met(), "the rule matches 'pool'");
        CriterionResult vetoed = result(DrillScorer.score(drill, answer), "pool");
        assertFalse(vetoed.met());
        assertEquals(1, vetoed.evidence().size());
        assertTrue(vetoed.evidence().get(0).startsWith("\"pool\" was not counted: answers worded like this were mostly"
                + " judged not to make this claim. State it plainly, for example: Reuse connections from a pool."),
                vetoed.evidence().get(0));
        assertTrue(result(DrillScorer.score(drill, answer + " The JIT is cold."), "jit").met(), "the rule-led model keeps jit");
        assertTrue(DrillScorer.score(drill, "jit") instanceof Assessment.TooShort, "too short stays too short");
    }

    @Test
    void theCalibrationFileRoundTrips(@TempDir Path dir) throws Exception {
        Drill drill = drill();
        Calibrator.Result fitted = Calibrator.calibrate(drill, RUBRIC, pool(), Map.of(
                "b1-1.txt", new Calibrator.RuleVerdict("Scored", Set.of()),
                "b1-2.txt", new Calibrator.RuleVerdict("Scored", Set.of("pool")),
                "b2-1.txt", new Calibrator.RuleVerdict("Scored", Set.of("jit")),
                "b2-2.txt", new Calibrator.RuleVerdict("Scored", Set.of()),
                "b3-1.txt", new Calibrator.RuleVerdict("Scored", Set.of()),
                "b3-2.txt", new Calibrator.RuleVerdict("NotAnswer", Set.of())), "2026-11-30", "validate --drill t --calibrate");
        Path file = dir.resolve("t.calibration.json");
        fitted.calibration().write(drill, file);
        Calibration read = Calibration.read(file, drill, Pool.of(drill, pool()));
        for (String c : List.of("pool", "jit")) {
            assertArrayEquals(fitted.calibration().model(c).weights(), read.model(c).weights(), 0);
            assertArrayEquals(fitted.calibration().model(c).mean(), read.model(c).mean(), 0);
            assertArrayEquals(fitted.calibration().model(c).sd(), read.model(c).sd(), 0);
            assertEquals(fitted.calibration().model(c).threshold(), read.model(c).threshold(), 0);
        }
        assertEquals(fitted.calibration().provenance(), read.provenance());
        assertEquals(List.of("b1", "b2", "b3"), read.provenance().trainingGroups());
        assertEquals(3, fitted.crossValidation().rows().size());

        Calibrator.Result again = Calibrator.calibrate(drill, RUBRIC, pool(), Calibrator.readBlindRules(dir.resolve("none.tsv")),
                "2026-11-30", "validate --drill t --calibrate");
        assertTrue(again.notes().get(0).startsWith("No recorded rule verdicts"), again.notes().toString());
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        again.calibration().write(drill, first);
        Calibrator.calibrate(drill, RUBRIC, pool(), Map.of(), "2026-11-30", "validate --drill t --calibrate")
                .calibration().write(drill, second);
        assertEquals(Files.readString(first), Files.readString(second), "the fit is deterministic");
    }

    @Test
    void aCorruptCalibrationFileIsNamedAndTheDrillScoresWithItsRules(@TempDir Path dir) throws Exception {
        Path drillFile = dir.resolve("t-demo.md");
        Files.writeString(drillFile, RUBRIC);
        Path pool = Files.createDirectories(Calibration.poolOf(drillFile, "t"));
        for (LabelledAnswer a : pool()) {
            Files.writeString(pool.resolve(a.name()), "met: " + String.join(" ", a.met()) + "\n---\n" + a.answer());
        }
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibration() instanceof Calibration.Status.None,
                "no calibration file: rules only, nothing to report");

        Files.writeString(Calibration.fileOf(drillFile), "{\"drill\": \"t\", \"features\": [");
        Drill broken = DrillParser.parseCalibrated("t", drillFile);
        assertTrue(broken.calibrated().isEmpty());
        String problem = broken.calibrationProblem().orElseThrow();
        assertTrue(problem.startsWith(Calibration.fileOf(drillFile) + ": not valid JSON"), problem);
        assertTrue(problem.endsWith("drill t scores with its rules only until 'validate --drill t --calibrate' writes it again"),
                problem);
        String answer = "The weather is nice today, nothing to add about the swimming pool.";
        assertEquals(DrillScorer.rules(broken, answer), DrillScorer.score(broken, answer));

        Drill fitted = drill();
        Calibrator.calibrate(fitted, RUBRIC, pool(), Map.of(), "2026-11-30", "-").calibration()
                .write(fitted, Calibration.fileOf(drillFile));
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrated().isPresent());
        Files.delete(pool.resolve("b3-2.txt"));
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("fitted on a labelled pool of 6 answers, but " + pool + " holds 5"));

        Files.writeString(Calibration.fileOf(drillFile), "{\"drill\": \"t\", \"features\": "
                + new ArrayList<>(Calibration.FEATURES).stream().map(f -> "\"" + f + "\"").toList() + ", \"criteria\": {}}");
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("no model for criterion 'pool'"));
    }
}
