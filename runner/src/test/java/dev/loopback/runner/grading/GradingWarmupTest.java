package dev.loopback.runner.grading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Grader;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.workbench.CapturedConsole;
import dev.loopback.runner.workbench.CourseFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spares are kept warm only while the shell (or serve) runs: scopes nest, and closing the last one turns spares off,
 * so a shell that has ended leaves no sandbox JVM waiting and no background work in its learner's folder.
 */
class GradingWarmupTest {
    @TempDir Path root;

    @Test
    void sparesStayWarmUntilTheLastScopeCloses() throws Exception {
        Session session = CapturedConsole.piped("").session(CourseFixture.create(root, CourseFixture.STUB));
        GradingWarmup.Scope shell = GradingWarmup.atShellStart(session);
        GradingWarmup.Scope serve = GradingWarmup.atShellStart(session);
        assertTrue(Grader.keepingSparesWarm());
        serve.close();
        assertTrue(Grader.keepingSparesWarm(), "serve run from the shell ends; the shell still keeps spares");
        serve.close();
        assertTrue(Grader.keepingSparesWarm(), "closing a scope twice counts once");
        shell.close();
        assertFalse(Grader.keepingSparesWarm(), "the shell ended");
    }
}
