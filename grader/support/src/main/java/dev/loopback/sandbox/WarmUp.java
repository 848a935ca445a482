package dev.loopback.sandbox;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;

/**
 * A test the agent runs, unreported, while it waits for the learner's code to compile, so that
 * JUnit's discovery and execution machinery is loaded before the real tests start.
 */
final class WarmUp {

    @Test
    void loadsTheMachinery() {
        Assertions.assertEquals(4, 2 + 2, "warm-up");
    }

    static void run(Launcher launcher, int perTestSeconds) {
        launcher.execute(TestSession.request(List.of(selectClass(WarmUp.class)), perTestSeconds));
    }
}
