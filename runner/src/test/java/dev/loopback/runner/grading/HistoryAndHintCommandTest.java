package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.command.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryAndHintCommandTest {
    @TempDir
    Path home;

    @Test
    void historyListsEveryAttemptAndTheBestScore() {
        GradingFixture fixture = new GradingFixture(home, "stub");
        fixture.run(new SubmitCommand(), "sample");
        GradingFixture solved = new GradingFixture(home.resolve("later"), "solution");

        assertEquals(ExitCode.OK, fixture.run(new HistoryCommand(), "sample"));

        String listing = fixture.out.toString();
        assertTrue(listing.contains("  0/100  not passed"), listing);
        assertTrue(listing.contains("Best: 0/100 in 1 attempt."), listing);
        assertEquals(ExitCode.OK, solved.run(new HistoryCommand(), "sample"));
        assertTrue(solved.out.toString().contains("No submissions of sample yet"));
    }

    @Test
    void eachHintCallShowsTheNextLevelAndStopsAtTheLast() {
        GradingFixture fixture = new GradingFixture(home, "stub");

        fixture.run(new HintCommand(), "sample");
        fixture.run(new HintCommand(), "sample");
        fixture.run(new HintCommand(), "sample");

        String shown = fixture.out.toString();
        assertTrue(shown.contains("Hint 1 of 2\nThink of Little's Law"), shown);
        assertTrue(shown.contains("Hint 2 of 2\ninFlight = ceil(rate x latency)."), shown);
        assertEquals(2, shown.split("That is the last hint.", -1).length - 1, "once per call at the last level:\n" + shown);
    }
}
