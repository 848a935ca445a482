package dev.loopback.runner.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> COMMANDS = List.of("outline", "open", "next", "exercises", "progress", "help", "quit");

    @Test
    void aTranspositionSuggestsTheCommand() {
        assertEquals(" Did you mean 'open'?", Suggestions.didYouMean("opne", COMMANDS));
    }

    @Test
    void aPrefixSuggestsEveryCommandItStarts() {
        assertEquals(List.of("progress"), Suggestions.closest("prog", COMMANDS));
    }

    @Test
    void aMistypedIdSuggestsTheId() {
        assertEquals(List.of("pool-sizer"), Suggestions.closest("pool-size", List.of("pool-sizer", "fd-leak", "05")));
    }

    @Test
    void nothingCloseSuggestsNothing() {
        assertEquals("", Suggestions.didYouMean("zzzzzz", COMMANDS));
    }

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(1, Suggestions.distance("ab", "ba"));
    }
}
