package dev.loopback.grader.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inside the sandbox container a program writes only to its tmpfs, as an unprivileged user (needs Docker: .ci/docker-up). */
@Tag("docker")
class FileSystemConfinementTest {
    private static ProbeContainer container;

    @BeforeAll
    static void start() throws Exception {
        container = ProbeContainer.start(ContainerLimits.forJvm(128, 64, 256, Duration.ofSeconds(30)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (container != null) {
            container.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/probe.txt", "/usr/probe.txt", "/etc/probe.txt", "/in/probe.txt"})
    void writingOutsideTheTmpfsIsRefused(String path) {
        ContainerRun run = container.probe("write", path);

        assertEquals(new ContainerRun.Exited(3), run.ending(), run::toString);
        assertTrue(run.stdout().contains("Read-only file system"), run::toString);
    }

    @Test
    void writingTheWorkFolderSucceedsAndCanBeReadBack() {
        ContainerRun run = container.probe("write", "/work/probe.txt");

        assertTrue(run.succeeded(), run::toString);
        assertEquals(Optional.of("probe"), container.sandbox().read("/work/probe.txt"));
    }

    @Test
    void theProgramRunsAsUser10001WithoutCapabilitiesOrPrivilegeGain() {
        ContainerRun run = container.sandbox().run(List.of("grep", "-E", "^(Uid|CapEff|NoNewPrivs):", "/proc/self/status"));

        assertTrue(run.stdout().matches("(?s)Uid:\\s+10001\\s+10001\\s+10001\\s+10001\\s+.*"), run::toString);
        assertTrue(run.stdout().contains("CapEff:\t0000000000000000"), run::toString);
        assertTrue(run.stdout().contains("NoNewPrivs:\t1"), run::toString);
    }
}
