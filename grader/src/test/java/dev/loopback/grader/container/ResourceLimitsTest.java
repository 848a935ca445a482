package dev.loopback.grader.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The sandbox container kills a program at its memory, pids and wall-clock limits (needs Docker: .ci/docker-up). */
@Tag("docker")
class ResourceLimitsTest {
    private static final ContainerLimits LIMITS = new ContainerLimits(256, 1.0, 64, 256, 16, Duration.ofSeconds(30));
    private static ProbeContainer container;

    @BeforeAll
    static void start() throws Exception {
        container = ProbeContainer.start(LIMITS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (container != null) {
            container.close();
        }
    }

    @Test
    void aProgramAllocatingPastTheMemoryCapIsKilled() {
        ContainerRun run = container.probe(1024, LIMITS.wallClock(), "allocate", "600");

        assertEquals(new ContainerRun.OutOfMemory(256), run.ending(), run::toString);
    }

    @Test
    void aThreadBombStopsBelowThePidsLimit() {
        ContainerRun run = container.probe("threads", "1000");

        Matcher started = Pattern.compile("started (\\d+) threads").matcher(run.stdout());
        assertTrue(started.find(), run::toString);
        assertTrue(Integer.parseInt(started.group(1)) < LIMITS.pids(), run::toString);
        assertTrue(run.stdout().contains("refused"), run::toString);
    }

    @Test
    void aProgramRunningPastTheWallClockIsKilled() {
        ContainerRun run = container.probe(64, Duration.ofSeconds(2), "spin");

        assertEquals(new ContainerRun.TimedOut(Duration.ofSeconds(2)), run.ending(), run::toString);
    }

    @Test
    void theContainerGetsOneCpu() {
        ContainerRun run = container.sandbox().run(List.of("sh", "-c",
                "cat /sys/fs/cgroup/cpu.max 2>/dev/null || cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us"));

        assertTrue(run.stdout().strip().startsWith("100000"), run::toString);
    }
}
