package dev.loopback.grader.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Inside the sandbox container a program reaches loopback and nothing else (needs Docker: .ci/docker-up). */
@Tag("docker")
class NetworkConfinementTest {
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

    @Test
    void aConnectionToANonLoopbackAddressIsRefused() {
        ContainerRun run = container.probe("connect", "192.0.2.1", "80");

        assertEquals(new ContainerRun.Exited(3), run.ending(), run::toString);
        assertTrue(run.stdout().contains("Network is unreachable"), run::toString);
    }

    @Test
    void aServerOnLoopbackInsideAnswers() {
        ContainerRun run = container.probe("loopback");

        assertTrue(run.succeeded(), run::toString);
        assertEquals("loopback echo 42", run.stdout().strip());
    }

    @Test
    void theOnlyNetworkInterfaceIsLoopback() {
        ContainerRun run = container.sandbox().run(List.of("cat", "/proc/net/dev"));

        assertTrue(run.stdout().contains("lo:"), run::toString);
        assertFalse(run.stdout().lines().skip(2).anyMatch(line -> !line.strip().startsWith("lo:")), run::toString);
    }
}
