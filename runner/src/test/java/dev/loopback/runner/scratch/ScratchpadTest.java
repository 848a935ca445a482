package dev.loopback.runner.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchpadTest {
    @TempDir static Path dir;
    static Scratchpad pad;

    @BeforeAll
    static void open() {
        Path classes = SampleClasses.compile(dir.resolve("src"), dir.resolve("classes"));
        List<String> imports = List.of("poolsizer.*", "java.time.*", "java.net.*", "java.util.*");
        pad = Scratchpad.open(Optional.of(classes), imports);
    }

    @AfterAll
    static void close() {
        pad.close();
    }

    private static List<String> shown(String input) {
        return pad.eval(input).stream().map(Outcome::display).toList();
    }

    @Test
    void tabCompletionSuggestsTheLearnersMethods() {
        var found = pad.complete("PoolSizer.poolM", 15);
        assertEquals(10, found.anchor());
        assertTrue(found.texts().contains("poolMax("), found.texts().toString());
    }

    @Test
    void anExpressionOverTheLearnersClassesShowsItsSourceAndValue() {
        assertEquals(List.of("PoolSizer.poolMax(2000, Duration.ofMillis(50)) ==> 125"),
                shown("PoolSizer.poolMax(2000, Duration.ofMillis(50))"));
    }

    @Test
    void multiLineInputRunsAsSeveralSnippetsInOrder() {
        assertEquals(List.of("first ==> 2", "second ==> 6", "first + second ==> 8"),
                shown("int first = 2;\nint second = first *\n    3;\nfirst + second"));
    }

    @Test
    void anExceptionIsOneLineWithItsMessageAndNoStackTrace() {
        List<Outcome> outcomes = pad.eval("PoolSizer.inFlight(0, Duration.ofMillis(50))");
        assertEquals(1, outcomes.size());
        assertTrue(outcomes.get(0).failed());
        assertEquals("threw IllegalArgumentException: rate must be positive", outcomes.get(0).display());
    }

    @Test
    void aCompileErrorShowsTheCompilersMessageWithACaret() {
        List<Outcome> outcomes = pad.eval("PoolSizer.poolMaks(2000, Duration.ofMillis(50))");
        assertTrue(outcomes.get(0).failed());
        String text = outcomes.get(0).display();
        assertTrue(text.startsWith("error: cannot find symbol"), text);
        assertTrue(text.contains("PoolSizer.poolMaks(2000"), text);
        assertTrue(text.lines().anyMatch(line -> line.strip().equals("^")), text);
    }

    @Test
    void aMethodDeclarationIsNotedAndThenCallable() {
        assertEquals(List.of("created method twice(int)", "twice(21) ==> 42"),
                shown("int twice(int n) {\n  return 2 * n;\n}\ntwice(21)"));
    }

    @Test
    void whatASnippetPrintsIsShownBeforeItsValue() {
        assertEquals(List.of("hello from the snippet"), shown("System.out.println(\"hello from the snippet\")"));
    }

    @Test
    void anOpenBraceOrDanglingOperatorWaitsForMoreInputWithoutRunning() {
        assertEquals(Optional.empty(), pad.evalIfComplete("int f() {"));
        assertEquals(Optional.empty(), pad.evalIfComplete("int unfinished = 1 +"));
        assertEquals(List.of("finished ==> 1"),
                pad.evalIfComplete("int finished = 1").orElseThrow().stream().map(Outcome::display).toList());
    }

    @Test
    void inputCutOffMidStatementIsReportedAsAFailure() {
        List<Outcome> outcomes = pad.eval("int y = 1 +");
        assertTrue(outcomes.get(0).failed());
        assertTrue(outcomes.get(0).display().contains("stops mid-statement"), outcomes.get(0).display());
    }

    @Test
    void closingPutsBackTheUncaughtExceptionHandlerJShellReplaces() {
        Thread.UncaughtExceptionHandler mine = (thread, error) -> { };
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(mine);
        try {
            Scratchpad.open(Optional.empty(), List.of()).close();
            assertSame(mine, Thread.getDefaultUncaughtExceptionHandler());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void everyFreshScratchpadSeesTheClassesItWasOpenedWith(@TempDir Path fresh) {
        for (int round = 0; round < 5; round++) {
            Path classes = SampleClasses.compile(fresh.resolve("src" + round), fresh.resolve("classes" + round));
            try (Scratchpad another = Scratchpad.open(Optional.of(classes), List.of("poolsizer.*", "java.time.*"))) {
                assertEquals("PoolSizer.inFlight(2000, Duration.ofMillis(50)) ==> 100",
                        another.eval("PoolSizer.inFlight(2000, Duration.ofMillis(50))").get(0).display());
            }
        }
    }

    @Test
    void classesCompiledIntoItsFolderAfterOpeningAreSeen(@TempDir Path fresh) throws Exception {
        for (int round = 0; round < 5; round++) {
            Path classes = Files.createDirectories(fresh.resolve("classes" + round));
            try (Scratchpad another = Scratchpad.open(Optional.of(classes), Scratchpad.STANDARD_IMPORTS)) {
                SampleClasses.compile(fresh.resolve("src" + round), classes);
                another.importAll("poolsizer.*");
                assertEquals("PoolSizer.poolMax(2000, Duration.ofMillis(50)) ==> 125",
                        another.eval("PoolSizer.poolMax(2000, Duration.ofMillis(50))").get(0).display());
            }
        }
    }

    @Test
    void stopEndsARunawaySnippetAndTheSessionGoesOn() throws Exception {
        CompletableFuture<List<Outcome>> running = CompletableFuture.supplyAsync(() -> pad.eval(
                "{ dev.loopback.runner.scratch.StopProbe.STARTED.countDown(); while (true) { Thread.onSpinWait(); } }"));
        assertTrue(StopProbe.STARTED.await(30, TimeUnit.SECONDS), "the snippet never started");
        pad.stop();
        List<Outcome> outcomes = running.get(30, TimeUnit.SECONDS);
        assertTrue(outcomes.stream().anyMatch(Outcome::failed), outcomes.toString());
        assertEquals(List.of("6 * 7 ==> 42"), shown("6 * 7"));
    }

    @Test
    void aSnippetThatPrintsALotShowsTheStartAndHowMuchWasLeftOut() {
        List<Outcome> outcomes = pad.eval("for (int i = 0; i < 100_000; i++) System.out.print(\"0123456789\");");
        String text = outcomes.get(0).display();
        assertTrue(text.startsWith("0123456789"), text.substring(0, 20));
        assertTrue(text.endsWith("... (" + (1_000_000 - Printed.KEPT) + " more bytes not shown)"), text.substring(text.length() - 60));
    }
}
