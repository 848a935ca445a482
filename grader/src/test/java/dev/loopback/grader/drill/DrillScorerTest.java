package dev.loopback.grader.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Concept matching: stems, typos, phrases in one sentence, negation, evidence and the too-short nudge. */
class DrillScorerTest {
    private static final String RUBRIC = """
            # Drill: test

            ## Prompt

            Why?

            ## Model answer

            Because.

            ## Rubric

            ### handshake (1 point)

            Names the handshake.

            - any: handshake~ | syn-ack
            - same sentence: tls | ssl + negotiat*
            - not after: not | isn't

            ### remedy (2 points)

            Proposes pooling.

            - any: pool* | keep-alive

            ### bonus (1 point, bonus)

            Names the JIT.

            - any: jit
            """;

    private static Drill drill() throws DrillFormatException {
        return DrillParser.parse("t", Path.of("t.md"), RUBRIC.lines().toList());
    }

    private static CriterionResult result(String answer, String id) throws DrillFormatException {
        return DrillScorer.score(drill(), answer).criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aStemMatchesEveryWordStartingWithIt() throws Exception {
        assertEquals(List.of("pooling"), result("I would add connection pooling here.", "remedy").evidence());
    }

    @Test
    void aTildeWordToleratesOneTypo() throws Exception {
        assertTrue(result("the first call does the handshkae first", "handshake").met());
    }

    @Test
    void aHyphenatedTermMatchesTheSameWordsWrittenWithSpaces() throws Exception {
        assertEquals(List.of("keep alive"), result("just keep alive the connection", "remedy").evidence());
    }

    @Test
    void sameSentenceGroupsMustMeetInOneSentence() throws Exception {
        assertTrue(result("The TLS negotiation is slow.", "handshake").met());
        assertFalse(result("We use TLS everywhere. Salary negotiation is hard.", "handshake").met());
    }

    @Test
    void aNegatedMentionDoesNotCount() throws Exception {
        assertFalse(result("It is not the handshake, it is the disk.", "handshake").met());
        assertFalse(result("It isn't the TLS negotiation at all.", "handshake").met());
    }

    @Test
    void notOnlyStillNamesTheConcept() throws Exception {
        assertTrue(result("It is not only the handshake that costs time.", "handshake").met());
    }

    @Test
    void adjacentHitsAreQuotedAsOnePhraseInTheLearnersSpelling() throws Exception {
        assertEquals(List.of("TLS Negotiation"), result("Mostly TLS Negotiation, I think.", "handshake").evidence());
    }

    @Test
    void pointsOfMetCriteriaAddUpIncludingTheBonus() throws Exception {
        Assessment assessment = DrillScorer.score(drill(), "The handshake, then pooling fixes it, and the JIT.");
        assertEquals(4, assessment.score());
        assertEquals(4, assessment.maxScore());
    }

    @Test
    void anEmptyOrOneWordAnswerScoresZeroWithANudge() throws Exception {
        for (String answer : List.of("", "   \n", "handshake", "pooling handshake")) {
            Assessment assessment = DrillScorer.score(drill(), answer);
            Assessment.TooShort tooShort = assertInstanceOf(Assessment.TooShort.class, assessment, answer);
            assertEquals(0, tooShort.score());
            assertTrue(tooShort.nudge().contains("two or three sentences"));
            assertTrue(tooShort.criteria().stream().noneMatch(CriterionResult::met));
        }
    }

    @Test
    void decimalPointsDoNotEndASentence() throws Exception {
        assertTrue(result("TLS 1.3 still needs negotiation", "handshake").met());
    }
}
