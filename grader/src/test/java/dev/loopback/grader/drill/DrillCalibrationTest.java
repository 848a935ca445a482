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

/** The calibration layer on a tiny hand-made pool: its text model, left-out groups, rescues and vetoes, its file. */
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
    void aPoolAnswerIsJudgedByAModelFittedWithoutItsGroup() throws Exception {
        Drill drill = drill();
        Calibration calibration = calibration(drill);
        String own = Calibration.modelText(pool().get(0).answer());
        double all = calibration.judge(drill, own, "pool", Set.of()).probability();
        double without = calibration.judge(drill, own, "pool", Set.of("b1")).probability();
        assertTrue(all > without, all + " > " + without);
        assertTrue(calibration.judge(drill, own, "pool", Set.of("b1")).met(), "b3-1 still says the same: " + without);
        assertFalse(calibration.judge(drill, own, "pool", Set.of("b1", "b3")).met(),
                "with every answer that meets it left out, nothing teaches the model the claim");
    }

    @Test
    void theTextModelLearnsTheWordsThatSeparateTheLabelsDeterministically() {
        List<String> texts = new ArrayList<>();
        boolean[] reuse = new boolean[40];
        for (int i = 0; i < 40; i++) {
            texts.add(i % 2 == 0 ? "Later calls reuse the open connection number " + i
                    : "The upstream is slow on call number " + i);
            reuse[i] = i % 2 == 0;
        }
        TextModel model = TextModel.fit(texts, Map.of("reuse", reuse));
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(reuse[i], model.probability("reuse", texts.get(i)) >= 0.5, texts.get(i));
        }
        assertTrue(model.probability("reuse", "they reuse the open connection") > 0.7);
        assertTrue(model.probability("reuse", "the upstream is slow") < 0.3);
        int gram = model.tfidf().vocabulary().indexOf("reuse");
        assertTrue(model.weights().get("reuse")[gram + 1] > 0, "the bias comes first, then one weight per gram");
        assertArrayEquals(model.weights().get("reuse"), TextModel.fit(texts, Map.of("reuse", reuse)).weights().get("reuse"),
                0, "the same texts and labels give the same weights");
    }

    /** The calibration fitted on {@link #pool}, without verdicts of the rules to compare with. */
    private static Calibration calibration(Drill drill) {
        return Calibrator.calibrate(drill, RUBRIC, pool(), Map.of(), "-", "-").calibration();
    }

    private static Drill calibrated() throws DrillFormatException {
        Drill drill = drill();
        return drill.withCalibration(new Calibration.Status.Ready(calibration(drill)));
    }

    private static CriterionResult result(Assessment assessment, String id) {
        return assessment.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aParaphraseLikeAnswersThatMeetTheCriterionIsRescued() throws Exception {
        Drill drill = calibrated();
        String answer = "Keep the lines open, and hand them out again for each call.";
        assertFalse(result(DrillScorer.rules(drill, answer), "pool").met(), "no rule matches the paraphrase");
        CriterionResult rescued = result(DrillScorer.score(drill, answer), "pool");
        assertTrue(rescued.met());
        assertEquals(List.of(answer + DrillScorer.WORDED_LIKE), rescued.evidence());
        assertEquals(1, DrillScorer.score(drill, answer).score());
        assertFalse(result(DrillScorer.score(drill, "The weather is nice today, nothing to add."), "pool").met());
        assertFalse(result(DrillScorer.score(drill, "I would not keep the lines open or hand out any pool."), "pool").met(),
                "a criterion whose word the rules found negated is not rescued");
    }

    @Test
    void aKeywordInAnswerWordedLikeOnesThatDoNotMeetTheCriterionIsVetoed() throws Exception {
        Drill drill = calibrated();
        String answer = "The weather is nice today, nothing to add about the swimming pool.";
        assertTrue(result(DrillScorer.rules(drill, answer), "pool").met(), "the rule matches 'pool'");
        CriterionResult vetoed = result(DrillScorer.score(drill, answer), "pool");
        assertFalse(vetoed.met());
        assertEquals(1, vetoed.evidence().size());
        assertTrue(vetoed.evidence().get(0).startsWith("\"pool\" was not counted: answers worded like this were mostly"
                + " judged not to make this claim. State it plainly, for example: Reuse connections from a pool."),
                vetoed.evidence().get(0));
        assertTrue(result(DrillScorer.score(drill, "The JIT compiler is cold on the first call."), "jit").met(),
                "the model keeps what the rules met when answers like it meet it too");
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
        Calibration read = Calibration.read(file, drill, () -> Pool.of(pool()));
        for (String c : List.of("pool", "jit", Calibration.NOTHING)) {
            assertArrayEquals(fitted.calibration().model().weights().get(c), read.model().weights().get(c), 0);
        }
        assertEquals(fitted.calibration().model().tfidf().vocabulary(), read.model().tfidf().vocabulary());
        assertArrayEquals(fitted.calibration().model().tfidf().idf(), read.model().tfidf().idf(), 0);
        assertEquals(fitted.calibration().provenance(), read.provenance());
        assertEquals(List.of("b1", "b2", "b3"), read.provenance().trainingGroups());
        assertEquals(List.of("b2", "b3"), fitted.crossValidation().rows().stream().map(Calibrator.GroupRow::group).toList(),
                "each group judged by a model fitted on the groups before it: b1 has none before it");

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

        Files.writeString(Calibration.fileOf(drillFile), "{\"drill\": \"t\", \"features\": []}");
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("'model' must be '" + Calibration.MODEL + "' (written by an older Loopback?)"));
        Files.writeString(Calibration.fileOf(drillFile), "{\"drill\": \"t\", \"model\": \"" + Calibration.MODEL + "\","
                + " \"vocabulary\": [\"pool\"], \"idf\": [1.5], \"criteria\": {\"pool\": [0, 1]}}");
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("no weights for 'jit' under 'criteria'"));
        Files.writeString(Calibration.fileOf(drillFile), "{\"drill\": \"t\", \"model\": \"" + Calibration.MODEL + "\","
                + " \"vocabulary\": [\"pool\"], \"idf\": [1.5], \"criteria\": {\"pool\": [0, 1], \"jit\": [0]}}");
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("jit: 'jit' must be an array of 2 numbers"));
        String valid = "{\"drill\": \"t\", \"model\": \"" + Calibration.MODEL + "\", \"vocabulary\": [\"pool\"],"
                + " \"criteria\": {\"pool\": [0, 1], \"jit\": [0, 1], \"(nothing)\": [0, 1]}, ";
        Files.writeString(Calibration.fileOf(drillFile), valid + "\"idf\": [1e308]}");
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("'idf' holds 1.0E308, outside (0, 50.0]"));
        Files.writeString(Calibration.fileOf(drillFile), valid.replace("[0, 1], \"jit\"", "[0, 1e6], \"jit\"")
                + "\"idf\": [1.5]}");
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("pool: a weight of 1000000.0 is beyond 1000.0"));
        Files.writeString(Calibration.fileOf(drillFile), "{\"drill\": [\"t\"]}");
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("'drill' must be a string"));
        Files.writeString(Calibration.fileOf(drillFile), valid + "\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("not valid JSON ("), "a parser limit without a location is named too");
        Files.write(Calibration.fileOf(drillFile), new byte[] {'{', '"', (byte) 0xC3, '"', '}'});
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow().contains("not UTF-8 text"));
        try (var big = new java.io.RandomAccessFile(Calibration.fileOf(drillFile).toFile(), "rw")) {
            big.setLength(Calibration.MAX_BYTES + 1); // sparse: nothing is written
        }
        assertTrue(DrillParser.parseCalibrated("t", drillFile).calibrationProblem().orElseThrow()
                .contains("16 MB, more than a calibration file's 16 MB"));
    }
}
