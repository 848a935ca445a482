package dev.loopback.runner.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.CourseFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResetCommandTest {
    static final Clock NOON = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir Path root;
    Workspace workspace;
    Path source;
    Path helper;

    @BeforeEach
    void learnerHasWorkedOnIt() {
        workspace = CourseFixture.create(root, CourseFixture.WORKING);
        source = CourseFixture.learnerSource(workspace);
        helper = source.resolveSibling("Headroom.java");
        CourseFixture.write(helper, "package poolsizer; class Headroom {}");
    }

    private int reset(CapturedConsole console, String... args) {
        return new ResetCommand(NOON).run(List.of(args), console.session(workspace));
    }

    private Path backup(String folder) {
        return workspace.state().resolve("backups/pool-sizer").resolve(folder).resolve("main/java/poolsizer");
    }

    @Test
    void theLearnersCodeIsBackedUpThenTheStubIsBack() throws Exception {
        CapturedConsole console = CapturedConsole.piped("");
        assertEquals(ExitCode.OK, reset(console, "pool-sizer"));
        assertEquals(CourseFixture.WORKING, Files.readString(backup("2026-11-25T12-00-00Z").resolve("PoolSizer.java")));
        assertTrue(Files.isRegularFile(backup("2026-11-25T12-00-00Z").resolve("Headroom.java")));
        assertEquals(CourseFixture.STUB, Files.readString(source));
        assertFalse(Files.exists(helper), "files the stub does not have are gone from src/main/java");
        assertEquals("Your code is backed up in .course/backups/pool-sizer/2026-11-25T12-00-00Z/", console.out().strip());
    }

    @Test
    void twoResetsInTheSameSecondKeepBothBackups() throws Exception {
        reset(CapturedConsole.piped(""), "pool-sizer");
        CourseFixture.write(source, "// second attempt\n");
        reset(CapturedConsole.piped(""), "pool-sizer");
        assertEquals(CourseFixture.WORKING, Files.readString(backup("2026-11-25T12-00-00Z").resolve("PoolSizer.java")));
        assertEquals("// second attempt\n", Files.readString(backup("2026-11-25T12-00-00Z-2").resolve("PoolSizer.java")));
    }

    @Test
    void atATerminalItAsksAndAnswerNoChangesNothing() throws Exception {
        CapturedConsole console = CapturedConsole.typed("n\n");
        assertEquals(ExitCode.OK, reset(console, "pool-sizer"));
        assertEquals(1, console.prompts().size());
        assertEquals(CourseFixture.WORKING, Files.readString(source));
        assertFalse(Files.exists(workspace.state().resolve("backups")));
    }

    @Test
    void atATerminalAnswerYesResets() throws Exception {
        assertEquals(ExitCode.OK, reset(CapturedConsole.typed("y\n"), "pool-sizer"));
        assertEquals(CourseFixture.STUB, Files.readString(source));
    }

    @Test
    void yesFlagSkipsTheQuestion() throws Exception {
        CapturedConsole console = CapturedConsole.typed("");
        assertEquals(ExitCode.OK, reset(console, "pool-sizer", "--yes"));
        assertEquals(List.of(), console.prompts());
        assertEquals(CourseFixture.STUB, Files.readString(source));
    }
}
