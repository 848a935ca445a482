package dev.loopback.runner.farm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.loopback.fixture.Poll;
import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.ExitCode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the farm does when a worker dies, the grader breaks, or a worker's hidden tests differ; real services and JVMs. */
@Tag("farm")
class FarmFailuresTest {
    private static final Duration LONG = Duration.ofSeconds(120);
    @TempDir
    Path root;

    @Test
    void aWorkerKilledWhileGradingHandsItsSubmissionToAnotherThatGradesItOnce() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            farm.source("ada", "sample", FarmFixture.SPINNING);
            Path childLog = root.resolve("child.log");
            Process child = farm.childWorker(childLog);
            FarmFixture.await(LONG, "the child worker to start consuming",
                    () -> FarmFixture.read(childLog).contains(": consuming "), () -> FarmFixture.read(childLog));
            assertEquals(ExitCode.OK, farm.gradeAll(), farm.err::toString);
            String childName = "-" + child.pid();
            FarmFixture.await(LONG, "the child worker to take the submission", () -> {
                try {
                    return farm.gradebook.find(farm.key("ada", "sample"))
                            .map(row -> row.state().equals("grading") && row.worker().endsWith(childName)).orElse(false);
                } catch (java.sql.SQLException e) {
                    return false;
                }
            }, () -> FarmFixture.read(childLog));

            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            Gradebook.Stored half = farm.row("ada", "sample");
            assertEquals("grading", half.state(), "the killed worker stored nothing");
            assertNull(half.json());
            assertFalse(FarmFixture.read(childLog).contains("(delivery "), FarmFixture.read(childLog));

            StringWriter log = new StringWriter();
            Worker second = farm.worker(farm.course, "second", 1, log);
            FarmFixture.await(LONG, "the second worker to grade it", () -> farm.inState("ada", "sample", "graded"), log::toString);

            Gradebook.Stored row = farm.row("ada", "sample");
            assertEquals(second.name(), row.worker());
            assertEquals(2, row.deliveries(), "delivered to the killed worker, then to the second");
            assertNotNull(row.json());
            assertNotNull(row.gradescope());
            assertEquals(1, farm.gradebook.results("class").size(), "one row");
            assertEquals(1, log.toString().split("\\(delivery ", -1).length - 1, "graded once:\n" + log);
            assertTrue(log.toString().contains(", 0/100 ("), "the spinning code scores 0 (timed out or stopped by its wall clock):\n" + log);
        }
    }

    @Test
    void sigtermStopsAWorkerThatThenExitsZero() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            Path childLog = root.resolve("child.log");
            Process child = farm.childWorker(childLog);
            FarmFixture.await(LONG, "the child worker to start consuming",
                    () -> FarmFixture.read(childLog).contains(": consuming "), () -> FarmFixture.read(childLog));
            child.destroy();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the worker stops on SIGTERM");
            assertEquals(0, child.exitValue(), FarmFixture.read(childLog));
            assertTrue(FarmFixture.read(childLog).contains(": stopped"), FarmFixture.read(childLog));
            assertFalse(FarmFixture.read(childLog).contains(":guest@"), "no password: " + FarmFixture.read(childLog));
        }
    }

    @Test
    void aSubmissionThatBreaksTheGraderIsDeadLetteredAfterThreeDeliveriesAndDoesNotBlockTheQueue() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            // A real cause: the exercise's rubric is not JSON, so the grader throws on every attempt (publisher and
            // worker share the checkout, so the hashes match and the worker does try).
            Path poison = farm.course.graderExercises().resolve("poison");
            FarmFixture.copy(farm.course.graderExercises().resolve("sample"), poison);
            Files.writeString(poison.resolve("exercise.json"), Files.readString(poison.resolve("exercise.json"))
                    .replace("\"id\": \"sample\"", "\"id\": \"poison\""));
            Files.writeString(poison.resolve("rubric.json"), "{ \"criteria\": [ not json");
            farm.source("ada", "poison", FarmFixture.CORRECT).source("bob", "sample", FarmFixture.CORRECT);
            StringWriter log = new StringWriter();
            farm.worker(farm.course, "w1", 1, log);

            assertEquals(ExitCode.OK, farm.gradeAll("--wait"), farm.err::toString);

            Gradebook.Stored failed = farm.row("ada", "poison");
            assertEquals("failed", failed.state());
            assertEquals(3, failed.deliveries(), log::toString);
            assertTrue(failed.detail().startsWith("the grader failed on each of 3 deliveries: ExerciseException"), failed.detail());
            assertTrue(failed.detail().contains("rubric.json"), failed.detail());
            assertEquals("graded", farm.row("bob", "sample").state());
            assertTrue(log.toString().contains("ada/poison: delivery 1 of 3: the grader failed"), log.toString());
            assertTrue(log.toString().contains("recorded as failed and dead-lettered"), log.toString());
            String summary = Files.readString(farm.classFolder.resolve(".grades/summary.csv"));
            assertTrue(summary.contains("ada,poison,0/100,crashed,,"), summary);
            assertTrue(Files.readString(farm.classFolder.resolve(".grades/ada/poison.json")).contains("3 deliveries"));
        }
    }

    @Test
    void theQueueDeadLettersAMessageReturnedOnItsThirdDelivery() throws Exception {
        try (FarmFixture farm = new FarmFixture(root);
             Connection connection = Broker.connect(farm.broker, "farm test")) {
            Channel channel = connection.createChannel();
            Broker.declare(channel, farm.queue);
            farm.source("ada", "sample", FarmFixture.CORRECT);
            GradeKey key = farm.key("ada", "sample");
            GradeMessage message = new GradeMessage(key, SubmissionArchive.pack(
                    farm.classFolder.resolve("ada/exercises/sample/src/main/java"), "sample"), 0);
            channel.confirmSelect();
            channel.basicPublish("", farm.queue, message.properties(), message.archive());
            channel.waitForConfirmsOrDie(10_000);
            AtomicInteger deliveries = new AtomicInteger();
            // Each poll hands a delivery back (nack, requeue) until the queue dead-letters the message.
            Poll.until(LONG, () -> {
                try {
                    GetResponse got = channel.basicGet(farm.queue, false);
                    if (got != null) {
                        assertEquals(deliveries.getAndIncrement(), GradeMessage.previousDeliveries(got.getProps()));
                        channel.basicNack(got.getEnvelope().getDeliveryTag(), false, true);
                    }
                    GetResponse dead = channel.basicGet(Broker.deadQueue(farm.queue), true);
                    if (dead == null) {
                        return false;
                    }
                    assertEquals(key, GradeMessage.key(dead.getProps()));
                    assertEquals("delivery_limit", GradeMessage.deathReason(dead.getProps()));
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertEquals(Broker.DELIVERIES, deliveries.get());
        }
    }

    @Test
    void aWorkerWithOtherHiddenTestsHandsTheSubmissionBackForOneThatMatches() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            Workspace stale = farm.checkout("stale-checkout");
            Path test = stale.graderExercises().resolve("sample/tests/sample/PortsTest.java");
            Files.writeString(test, Files.readString(test) + "\n// an older version of the hidden tests\n");
            farm.source("ada", "sample", FarmFixture.CORRECT);
            StringWriter staleLog = new StringWriter();
            Worker staleWorker = farm.worker(stale, "stale", 1, staleLog);
            assertEquals(ExitCode.OK, farm.gradeAll(), farm.err::toString);

            FarmFixture.await(LONG, "the stale worker to refuse it twice",
                    () -> staleLog.toString().split("ada/sample: refused: this checkout's hidden tests for sample", -1).length > 2,
                    staleLog::toString);
            Gradebook.Stored waiting = farm.row("ada", "sample");
            assertEquals("queued", waiting.state(), "never graded against the wrong tests");
            assertEquals(0, waiting.deliveries());
            assertTrue(waiting.detail().contains("waiting for a worker whose hidden tests match"), waiting.detail());

            StringWriter log = new StringWriter();
            Worker matching = farm.worker(farm.course, "matching", 1, log);
            FarmFixture.await(LONG, "the matching worker to grade it", () -> farm.inState("ada", "sample", "graded"), log::toString);
            assertEquals(matching.name(), farm.row("ada", "sample").worker());
            assertFalse(staleLog.toString().contains("(delivery "), staleLog.toString());
            staleWorker.stop();
        }
    }
}
