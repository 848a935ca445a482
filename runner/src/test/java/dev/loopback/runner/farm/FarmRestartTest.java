package dev.loopback.runner.farm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.runner.command.ExitCode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker and the database stop and start again under a running worker (this machine's own services, restarted
 * with their own tools; always started again in {@code finally}, even when the test fails).
 */
@Tag("farm")
class FarmRestartTest {
    private static final Duration LONG = Duration.ofSeconds(180);
    @TempDir
    Path root;

    @Test
    void workersReconnectAfterTheBrokerRestartsAndNothingIsLost() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            for (String learner : List.of("ada", "bob", "cy")) {
                farm.source(learner, "sample", FarmFixture.CORRECT);
            }
            farm.source("dee", "sample", FarmFixture.SPINNING);
            StringWriter log = new StringWriter();
            farm.worker(farm.course, "w1", 1, log);
            assertEquals(ExitCode.OK, farm.gradeAll(), farm.err::toString);
            FarmFixture.await(LONG, "a first grade", () -> log.toString().contains("(delivery "), log::toString);
            try {
                run("/usr/sbin/rabbitmqctl", "stop_app");
                FarmFixture.await(LONG, "the worker to notice", () -> log.toString().contains("broker connection lost"),
                        log::toString);
            } finally {
                run("/usr/sbin/rabbitmqctl", "start_app");
            }
            FarmFixture.await(LONG, "the worker to reconnect",
                    () -> log.toString().contains("broker connection recovered; consuming"), log::toString);

            // A submission published after the restart is graded too: the worker really consumes again.
            farm.source("eve", "sample", FarmFixture.CORRECT);
            assertEquals(ExitCode.OK, farm.gradeAll("--wait"), () -> farm.err + "\n" + log);
            for (String learner : List.of("ada", "bob", "cy", "dee", "eve")) {
                assertEquals("graded", farm.row(learner, "sample").state(), learner + "\n" + log);
            }
            assertEquals(5, farm.gradebook.results("class").size(), "one row each");
            assertTrue(Files.readString(farm.classFolder.resolve(".grades/summary.csv")).contains("eve,sample,100/100,graded"));
        }
    }

    @Test
    void aWorkerRetriesItsWriteWhileTheDatabaseIsDownAndAcksOnlyAfterIt() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            farm.source("ada", "sample", FarmFixture.SPINNING);
            StringWriter log = new StringWriter();
            farm.worker(farm.course, "w1", 1, log);
            assertEquals(ExitCode.OK, farm.gradeAll(), farm.err::toString);
            FarmFixture.await(LONG, "the worker to take it", () -> farm.inState("ada", "sample", "grading"), log::toString);
            String cluster = postgresVersion();
            try {
                run("pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "stop");
                FarmFixture.await(LONG, "the worker to find the gradebook gone",
                        () -> log.toString().contains("gradebook unreachable"), log::toString);
                assertTrue(unacknowledged(farm.queue).equals("1"), "held, not acked, while the write fails: "
                        + unacknowledged(farm.queue));
            } finally {
                run("pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "start");
            }
            FarmFixture.await(LONG, "the write to go through", () -> farm.inState("ada", "sample", "graded"), log::toString);
            assertTrue(log.toString().contains("gradebook reachable again"), log.toString());
            FarmFixture.await(LONG, "the ack", () -> unacknowledged(farm.queue).equals("0"), log::toString);
            assertEquals(1, farm.row("ada", "sample").deliveries(), "graded once, no redelivery");
        }
    }

    private static String postgresVersion() throws IOException {
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(path -> path.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    /** The queue's unacknowledged message count, as rabbitmqctl reports it. */
    private static String unacknowledged(String queue) {
        try {
            for (String line : run("/usr/sbin/rabbitmqctl", "list_queues", "-q", "--no-table-headers", "name",
                    "messages_unacknowledged").lines().toList()) {
                String[] cells = line.trim().split("\\s+");
                if (cells.length == 2 && cells[0].equals(queue)) {
                    return cells[1];
                }
            }
            return "(queue not listed)";
        } catch (IOException | InterruptedException e) {
            return "(rabbitmqctl failed: " + e.getMessage() + ")";
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
