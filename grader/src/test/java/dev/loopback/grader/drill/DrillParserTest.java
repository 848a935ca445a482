package dev.loopback.grader.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Drill files load into the model, and each kind of authoring mistake names its file, line and problem. */
class DrillParserTest {
    private static final Path FILE = Path.of("course", "drills", "99-test.md");
    private static final String GOOD = """
            # Drill: explain it

            ## Prompt

            Why is the first call slow?

            ## Model answer

            The handshake.

            ## Rubric

            ### handshake (1 point)

            Names the handshake.

            - any: handshake~ | syn
            - not after: not

            ### bonus (2 points, bonus)

            Names the JIT.

            - same sentence: jit + warm*
            """;

    private static DrillFormatException malformed(String text) {
        return assertThrows(DrillFormatException.class, () -> DrillParser.parse("99", FILE, text.lines().toList()));
    }

    @Test
    void theShippedDrillLoadsWithTheFourCriteriaOfIssueFive() throws Exception {
        Drill drill = DrillParser.parse("05", DrillAgreementTest.DRILL);
        assertEquals(List.of("setup", "handshake", "remedy", "bonus"), drill.criteria().stream().map(Criterion::id).toList());
        assertEquals("Drill: explain a slow cold start", drill.title());
        assertTrue(drill.prompt().contains("350 ms"));
        assertTrue(drill.criteria().get(3).bonus());
    }

    @Test
    void aGoodFileLoadsEveryPart() throws Exception {
        Drill drill = DrillParser.parse("99", FILE, GOOD.lines().toList());
        assertEquals("Why is the first call slow?", drill.prompt());
        assertEquals("The handshake.", drill.modelAnswer());
        assertEquals(3, drill.maxScore());
        Criterion handshake = drill.criteria().get(0);
        assertEquals("Names the handshake.", handshake.description());
        assertEquals(1, handshake.negations().size());
        assertEquals(List.of(new WordPattern("handshake", WordPattern.Kind.FUZZY)),
                ((Matcher.AnyOf) handshake.matchers().get(0)).terms().get(0).words());
    }

    @Test
    void statesAndAnExclusionAfterTheBangLoadAndScore() throws Exception {
        Drill drill = DrillParser.parse("99", FILE, GOOD.replace("- same sentence: jit + warm*",
                "- states: jit + cold | warm*\n- proposes: warm* ! jvm | jit").lines().toList());
        List<Matcher> bonus = drill.criteria().get(1).matchers();
        assertTrue(bonus.get(0) instanceof Matcher.States, bonus.toString());
        Matcher.Unless unless = (Matcher.Unless) bonus.get(1);
        assertTrue(unless.inner() instanceof Matcher.Proposes, bonus.toString());
        assertEquals(2, unless.exclusions().size());

        assertEquals(0, DrillScorer.score(drill, "I'd warm up the JVM before traffic.").score());
        assertEquals(2, DrillScorer.score(drill, "I'd warm up the connections before traffic.").score());
        assertEquals(2, DrillScorer.score(drill, "The JIT is cold on the first call.").score());
        assertEquals(0, DrillScorer.score(drill, "I'd make sure the JIT is warm before traffic.").score());
    }

    record Case(String mistake, String from, String to, int line, String problem) {
        @Override
        public String toString() {
            return mistake;
        }
    }

    static List<Case> mistakes() {
        return List.of(
            new Case("title without 'Drill:'", "# Drill: explain it", "# Explain it", 1, "the first line must be the title"),
            new Case("section twice", "## Model answer", "## Prompt", 7, "out of place; expected '## Model answer'"),
            new Case("empty section", "The handshake.\n", "", 7, "'## Model answer' is empty"),
            new Case("unknown section", "The handshake.", "The handshake.\n## Notes", 10, "unknown section '## Notes'"),
            new Case("bad criterion heading", "### handshake (1 point)", "### Handshake (one point)", 13,
                    "must look like '### setup (1 point)'"),
            new Case("no description", "Names the handshake.", "", 13, "has no description"),
            new Case("matcher without colon", "- any: handshake~ | syn", "- any handshake", 17, "a matcher line reads"),
            new Case("unknown matcher", "- not after: not", "- maybe: not", 18, "unknown matcher 'maybe'"),
            new Case("same sentence with one group", "- same sentence: jit + warm*", "- same sentence: jit | warm*", 24,
                    "needs at least two groups"),
            new Case("job with three groups", "- same sentence: jit + warm*", "- job: jit + warm* + cold", 24,
                    "'job' takes the thing and its jobs"),
            new Case("partner with three groups", "- same sentence: jit + warm*", "- partner: jit + warm* + cold", 24,
                    "'partner' takes the thing and who it is done with"),
            new Case("'!' on a cue line", "- not after: not", "- not after: not ! yet", 18,
                    "'!' (words that must not share the hit's clause) belongs on a matcher line"),
            new Case("duplicate criterion", "### bonus (2 points, bonus)", "### handshake (2 points)", 20, "appears twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedWithFileAndLine(Case mistake) {
        DrillFormatException e = malformed(GOOD.replace(mistake.from(), mistake.to()));
        assertEquals(FILE, e.file());
        assertEquals(mistake.line(), e.line(), e.getMessage());
        assertTrue(e.problem().contains(mistake.problem()), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":" + mistake.line() + ": "), e.getMessage());
    }

    @Test
    void termsWithStrayCharactersOrShortFuzzyWordsAreRejected() {
        assertTrue(malformed(GOOD.replace("handshake~ | syn", "hand*shake")).problem().contains("only at the end of a word"));
        assertTrue(malformed(GOOD.replace("handshake~ | syn", "syn~")).problem().contains("at least 5 letters"));
        assertTrue(malformed(GOOD.replace("handshake~ | syn", "handshake || syn")).problem().contains("empty term"));
    }

    private static final String MISCONCEPTIONS = """

            ## Misconceptions

            ### udp-handshake (handshake)

            UDP has no handshake.

            - same clause: udp + handshake
            - not after: no
            """;

    @Test
    void misconceptionsLoadWithTheCriteriaTheyTouchAndTheirCorrection() throws Exception {
        Drill drill = DrillParser.parse("99", FILE, (GOOD + MISCONCEPTIONS).lines().toList());
        Misconception udp = drill.misconceptions().get(0);
        assertEquals("udp-handshake", udp.id());
        assertEquals(List.of("handshake"), udp.touches());
        assertEquals("UDP has no handshake.", udp.correction());
        assertEquals(1, udp.negations().size());
    }

    @Test
    void misconceptionMistakesAreReportedWithFileAndLine() {
        assertTrue(malformed(GOOD + MISCONCEPTIONS.replace("(handshake)", "(remedy)")).problem()
                .contains("touches 'remedy', which is not a criterion"));
        assertTrue(malformed(GOOD + MISCONCEPTIONS.replace("UDP has no handshake.", "")).problem()
                .contains("has no correction"));
        assertTrue(malformed(GOOD + MISCONCEPTIONS.replace("- same clause: udp + handshake\n", "")).problem()
                .contains("has no matcher line"));
        assertTrue(malformed(GOOD + MISCONCEPTIONS.replace("### udp-handshake (handshake)", "### UDP")).problem()
                .contains("must look like '### udp-handshake (handshake)'"));
    }

    @Test
    void aMissingSectionIsReportedAtTheEndOfTheFile() {
        String noRubric = GOOD.substring(0, GOOD.indexOf("## Rubric"));
        DrillFormatException e = malformed(noRubric);
        assertEquals(noRubric.lines().count(), e.line());
        assertTrue(e.problem().contains("missing '## Rubric'"));
    }

    @Test
    void aRubricWithoutCriteriaIsRejected() {
        DrillFormatException e = malformed(GOOD.substring(0, GOOD.indexOf("### handshake")));
        assertEquals(11, e.line());
        assertTrue(e.problem().contains("no criteria"));
    }
}
