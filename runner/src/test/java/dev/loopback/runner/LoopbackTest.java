package dev.loopback.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Commands;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.render.DisplayWidth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopbackTest {
    @TempDir
    Path state;

    private final Fixtures io = new Fixtures();

    private int run(String... args) {
        return runIn(Fixtures.sample(), "", args);
    }

    private int runIn(Path home, String input, String... args) {
        Session session = new Session(Workspace.at(home).withState(state), io.console(80, false, input));
        return new Loopback(session, Commands.standard()).run(args);
    }

    @Test
    void openByNumberPrintsTheRenderedLessonAndExitsZero() {
        assertEquals(ExitCode.OK, run("open", "05"));
        assertTrue(io.out.toString().startsWith("Network sockets\n═══"), io.out.toString());
        assertTrue(io.err.toString().contains("Lesson 05 - Network sockets is marked read. Next: quiz 05"), io.err.toString());
    }

    @Test
    void openByIdMarksTheLessonReadInTheProgressFile() throws IOException {
        assertEquals(ExitCode.OK, run("open", "network-sockets"));
        assertTrue(Files.readString(state.resolve("progress.json")).contains("\"05\""));
    }

    @Test
    void openAnExerciseShowsItsTaskPage() {
        assertEquals(ExitCode.OK, run("open", "pool-sizer"));
        assertTrue(io.out.toString().startsWith("Pool sizer\n"), io.out.toString());
        assertFalse(Files.exists(state.resolve("progress.json")));
    }

    @Test
    void anUnknownCommandSuggestsTheClosestAndExitsTwo() {
        assertEquals(ExitCode.USAGE, run("opne", "05"));
        assertEquals("Unknown command 'opne'. Did you mean 'open'? Type 'help' to see what you can do.\n", io.err.toString());
        assertEquals("", io.out.toString());
    }

    @Test
    void anUnknownLessonSuggestsTheClosestIdAndExitsTwo() {
        assertEquals(ExitCode.USAGE, run("open", "network-socket"));
        assertTrue(Fixtures.unwrapped(io.err).contains("There is no lesson or exercise called 'network-socket'. Did you mean "
                + "'network-sockets'?"), io.err.toString());
    }

    @Test
    void openWithoutALessonExplainsHowAndExitsTwo() {
        assertEquals(ExitCode.USAGE, run("open"));
        assertTrue(io.err.toString().contains("e.g. 'open 05'"), io.err.toString());
    }

    @Test
    void outlineListsTheLessonItsActivitiesAndSaysPlainlyThatLesson02IsNotShipped() {
        assertEquals(ExitCode.OK, run("outline"));
        String out = io.out.toString();
        assertTrue(out.contains("05  Network sockets  11 min  not read yet"), out);
        assertTrue(out.contains("quiz 05"), out);
        assertTrue(out.contains("drill 05"), out);
        assertTrue(out.contains("open handshake-timer"), out);
        assertTrue(out.replace("\n      ", " ").contains("Builds on Lesson 02 - HTTP from 1.0 to 3, which this course does not include."), out);
    }

    @Test
    void nextMovesOnOnceTheLessonIsRead() {
        assertEquals(ExitCode.OK, run("next"));
        assertTrue(io.out.toString().startsWith("open 05"), io.out.toString());
        run("open", "05");
        io.out.getBuffer().setLength(0);
        run("next");
        assertTrue(io.out.toString().startsWith("quiz 05"), io.out.toString());
    }

    @Test
    void exercisesAndProgressReportWhatIsKnown() {
        assertEquals(ExitCode.OK, run("exercises"));
        assertTrue(io.out.toString().contains("pool-sizer"), io.out.toString());
        assertEquals(ExitCode.OK, run("progress"));
        assertTrue(io.out.toString().contains("Lessons read: 0 of 1"), io.out.toString());
    }

    @Test
    void helpTeachesEveryCommandAndOneInDetail() {
        assertEquals(ExitCode.OK, run("help"));
        for (String name : Commands.standard().names()) {
            assertTrue(io.out.toString().contains("\n  " + name), name + " missing from\n" + io.out);
        }
        assertEquals(ExitCode.OK, run("help", "open"));
        assertTrue(io.out.toString().contains("e.g. open network-sockets"), io.out.toString());
        assertEquals(ExitCode.USAGE, run("help", "opn"));
        assertTrue(io.err.toString().contains("Did you mean 'open'?"), io.err.toString());
    }

    @Test
    void widthOptionLaysTheLessonOutForThatManyColumns() {
        assertEquals(ExitCode.OK, run("--width", "40", "open", "05"));
        int widest = io.out.toString().lines().filter(line -> !line.startsWith("  ") && !line.contains("  │ ")).mapToInt(DisplayWidth::of).max().orElse(0);
        assertEquals(40, widest);
    }

    @Test
    void widthMayAlsoBeGivenWithAnEqualsSign() {
        assertEquals(ExitCode.OK, run("outline", "--width=30"));
        assertTrue(io.out.toString().lines().filter(line -> line.contains("Builds on")).allMatch(line -> line.length() <= 30),
                io.out.toString());
    }

    @Test
    void aBadWidthIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("--width", "wide", "outline"));
        assertTrue(io.err.toString().contains("--width needs a number of columns"), io.err.toString());
    }

    @Test
    void aBrokenCourseSaysWhatIsWrongAndExitsThree(@TempDir Path home) throws IOException {
        Fixtures.sampleCopy(home);
        Files.delete(home.resolve("course/lessons/05-network-sockets.md"));
        assertEquals(ExitCode.INTERNAL, runIn(home, "", "open", "05"));
        assertTrue(Fixtures.unwrapped(io.err).contains("course/course.json: parts[0].lessons[0].file: lessons/05-network-sockets.md "
                + "does not exist"), io.err.toString());
    }

    @Test
    void theShellRunsPipedLinesUntilQuitAndKeepsGoingAfterMistakes() {
        assertEquals(ExitCode.OK, runIn(Fixtures.sample(), "nxet\n\nnext\nquit\nopen 05\n"));
        assertTrue(io.err.toString().contains("Unknown command 'nxet'. Did you mean 'next'?"), io.err.toString());
        assertEquals("open 05  (read Lesson 05 - Network sockets (11 min))\n", io.out.toString());
    }

    @Test
    void theShellEndsCleanlyAtEndOfInput() {
        assertEquals(ExitCode.OK, runIn(Fixtures.sample(), "outline\n"));
        assertTrue(io.err.toString().contains("Bye. Your progress is saved in"), io.err.toString());
    }

    @Test
    void openWithASectionShowsOnlyThatSectionAndDoesNotMarkTheLessonRead() {
        assertEquals(ExitCode.OK, run("open", "05", "Pool", "sizing", "via", "Little's", "Law"));
        assertTrue(io.out.toString().startsWith("Pool sizing via Little's Law\n"), io.out.toString());
        assertFalse(io.out.toString().contains("TCP vs UDP"), io.out.toString());
        assertFalse(Files.exists(state.resolve("progress.json")));
    }

    @Test
    void anUnknownSectionListsTheSectionsAndExitsTwo() {
        assertEquals(ExitCode.USAGE, run("open", "05", "tcp-vs-udp"));
        assertTrue(Fixtures.unwrapped(io.err).contains("Did you mean 'tcp-vs-udp-in-one-breath'?"), io.err.toString());
    }

    @Test
    void exerciseShowsTheTaskAndHowToGradeIt() {
        assertEquals(ExitCode.OK, run("exercise", "pool-sizer"));
        assertTrue(io.out.toString().startsWith("Pool sizer\n"), io.out.toString());
        assertTrue(io.err.toString().contains("'submit pool-sizer'"), io.err.toString());
    }

    @Test
    void anExerciseWithoutATaskPageSaysWhichFileIsMissing() {
        assertEquals(ExitCode.INTERNAL, run("exercise", "fd-leak"));
        assertTrue(Fixtures.unwrapped(io.err).contains("exercises/fd-leak/README.md could not be read"), io.err.toString());
    }

    @Test
    void anUnknownExerciseSuggestsTheClosest() {
        assertEquals(ExitCode.USAGE, run("exercise", "fd-leek"));
        assertTrue(io.err.toString().contains("Did you mean 'fd-leak'?"), io.err.toString());
    }

    @Test
    void exerciseScoresComeFromTheGradersSubmissionHistory() throws IOException {
        Path attempt = Files.createDirectories(state.resolve("submissions/pool-sizer/2026-11-25T20-00-00.000Z"));
        Files.writeString(attempt.resolve("result.json"), "{\"exercise\":\"pool-sizer\",\"submittedAt\":\"2026-11-25T20:00:00Z\","
                + "\"compiled\":true,\"score\":70,\"maxScore\":100,\"passed\":false,\"durationMs\":1200}");
        assertEquals(ExitCode.OK, run("exercises"));
        assertTrue(io.out.toString().contains("best 70 of 100"), io.out.toString());
    }

    @Test
    void aHintIsRenderedAsMarkdownNotShownRaw() {
        assertEquals(ExitCode.OK, runIn(Fixtures.courseHome(), "", "hint", "pool-sizer"));
        assertEquals(ExitCode.OK, runIn(Fixtures.courseHome(), "", "hint", "pool-sizer"));
        String shown = io.out.toString();
        assertTrue(shown.contains("Hint 2 of 3") && shown.contains("BigDecimal.valueOf(peakQps)"), shown);
        assertFalse(shown.contains("`"), shown);
    }
}
