package dev.loopback.runner.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.CourseFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TryCommandTest {
    @TempDir Path root;

    @Test
    void pipedSnippetsRunAgainstTheLearnersCompiledClasses() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.WORKING);
        CapturedConsole console = CapturedConsole.piped("""
                PoolSizer.poolMax(2000, Duration.ofMillis(50))
                var rates = List.of(100, 2000);
                rates.size()
                """);
        int status = new TryCommand().run(List.of("pool-sizer"), console.session(workspace));
        assertEquals(ExitCode.OK, status, console.err());
        assertEquals(List.of("PoolSizer.poolMax(2000, Duration.ofMillis(50)) ==> 125", "rates ==> [100, 2000]",
                "rates.size() ==> 2"), console.out().lines().toList());
    }

    @Test
    void aCompileErrorShowsDiagnosticsAndStillOpensPlainJava() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.BROKEN);
        CapturedConsole console = CapturedConsole.piped("Duration.ofMillis(50).multipliedBy(3)\n");
        int status = new TryCommand().run(List.of("pool-sizer"), console.session(workspace));
        assertEquals(ExitCode.OK, status, console.err());
        assertTrue(console.err().contains("PoolSizer.java:9:"), console.err());
        assertTrue(console.err().contains("error: ';' expected"), console.err());
        assertEquals("Duration.ofMillis(50).multipliedBy(3) ==> PT0.15S", console.out().strip());
    }

    @Test
    void aFailingPipedSnippetMakesTheCommandFail() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.WORKING);
        CapturedConsole console = CapturedConsole.piped("PoolSizer.poolMax(2000, null)\n");
        int status = new TryCommand().run(List.of("pool-sizer"), console.session(workspace));
        assertEquals(ExitCode.FAILED, status);
        assertTrue(console.err().strip().startsWith("threw NullPointerException: "), console.err());
    }

    @Test
    void interactiveShowsTheSuggestedExpressionsAndReturnsOnExit() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.WORKING);
        CapturedConsole console = CapturedConsole.typed("int twice(int n) {\nreturn 2 * n;\n}\n/exit\n1 + 1\n");
        int status = new TryCommand().run(List.of("pool-sizer"), console.session(workspace));
        assertEquals(ExitCode.OK, status);
        assertTrue(console.err().contains("  PoolSizer.poolMax(2000, Duration.ofMillis(50))"), console.err());
        assertEquals(List.of(Repl.PROMPT, Repl.MORE, Repl.MORE, Repl.PROMPT), console.prompts());
        assertEquals("created method twice(int)", console.out().strip());
    }

    @Test
    void ctrlCWhileCompilingNeverOpensTheScratchpad() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.WORKING);
        CapturedConsole console = CapturedConsole.typed("1 + 1\n/exit\n");
        TryCommand command = new TryCommand(session -> (files, classes) -> {
            Thread.currentThread().interrupt();
            return new GraderBuild(session.workspace().home()).compile(files, classes);
        });
        int status = command.run(List.of("pool-sizer"), console.session(workspace));
        assertTrue(Thread.interrupted(), "the cancellation is left for the shell to report");
        assertEquals(ExitCode.FAILED, status);
        assertEquals(List.of(), console.prompts());
    }

    @Test
    void typingExitWithoutTheSlashSaysHowToLeaveAndTheBannerFits() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.WORKING);
        CapturedConsole console = CapturedConsole.typed("exit\n/exit\n");
        assertEquals(ExitCode.OK, new TryCommand().run(List.of("pool-sizer"), console.session(workspace)));
        assertTrue(console.err().contains("To go back to the course, type /exit"), console.err());
        assertTrue(console.err().lines().allMatch(line -> line.length() <= 80), console.err());
        assertEquals(List.of(Repl.PROMPT, Repl.PROMPT), console.prompts());
    }

    @Test
    void anUnknownExerciseNamesTheRealOnes() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.WORKING);
        CapturedConsole console = CapturedConsole.piped("");
        assertEquals(ExitCode.USAGE, new TryCommand().run(List.of("pool-sizr"), console.session(workspace)));
        assertTrue(console.err().contains("Exercises: pool-sizer."), console.err());
    }

    @Test
    void exitLeavesEvenInTheMiddleOfAnUnfinishedSnippet() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.WORKING);
        CapturedConsole console = CapturedConsole.typed("int broken() {\n/exit\n1 + 1\n");
        assertEquals(ExitCode.OK, new TryCommand().run(List.of("pool-sizer"), console.session(workspace)));
        assertEquals(List.of(Repl.PROMPT, Repl.MORE), console.prompts());
        assertEquals("", console.out());
    }

    @Test
    void atATerminalACompileErrorOffersPlainJavaAndNoDeclines() {
        Workspace workspace = CourseFixture.create(root, CourseFixture.BROKEN);
        CapturedConsole console = CapturedConsole.typed("n\n1 + 1\n");
        assertEquals(ExitCode.FAILED, new TryCommand().run(List.of("pool-sizer"), console.session(workspace)));
        assertEquals(List.of("Open it without your classes? [Y/n] "), console.prompts());
        assertTrue(console.err().contains("error: ';' expected"), console.err());
        assertEquals("", console.out());
    }
}
