package dev.loopback.runner.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.ShippedCourse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped Lesson 05: every runnable snippet runs cleanly in JShell and produces the lesson's figures. */
class Lesson05SnippetsTest {

    @TempDir Path root;

    @Test
    void everySnippetRunsAndTheLessonsNumbersComeOut() {
        Workspace workspace = ShippedCourse.copyTo(root);
        CapturedConsole listing = CapturedConsole.piped("");
        assertEquals(ExitCode.OK, new RunCommand().run(List.of("05"), listing.session(workspace)), listing.err());
        int count = (int) listing.out().lines().count();
        assertTrue(count >= 5, "Lesson 05 should have a snippet per figure, has " + count);

        List<String> values = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            CapturedConsole console = CapturedConsole.piped("");
            int status = new RunCommand().run(List.of("05", String.valueOf(n)), console.session(workspace));
            assertEquals(ExitCode.OK, status, "[run " + n + "] failed: " + console.err());
            values.addAll(console.out().lines().toList());
        }
        for (String figure : List.of("==> 150.0", "==> 100.0", "==> 125.0", "==> true")) {
            assertTrue(values.stream().anyMatch(line -> line.endsWith(figure)), figure + " missing from " + values);
        }
    }
}
