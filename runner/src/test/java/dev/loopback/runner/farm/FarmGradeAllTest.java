package dev.loopback.runner.farm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.instructor.GradeAllCommand;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The farm's core against the real RabbitMQ and PostgreSQL: publish, a worker grades, the gradebook, --wait, --status. */
@Tag("farm")
class FarmGradeAllTest {
    @TempDir
    Path root;

    @Test
    void aWorkerGradesTheClassAndWaitWritesWhatLocalGradeAllWrites() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            farm.source("ada", "sample", FarmFixture.CORRECT).source("bob", "sample", FarmFixture.BROKEN)
                    .source("cy", "sample", FarmFixture.CORRECT.replace("port >= 32768", "port > 1024"));
            StringWriter log = new StringWriter();
            Worker worker = farm.worker(farm.course, "w1", 2, log);

            assertEquals(ExitCode.OK, farm.gradeAll("--wait"), farm.err::toString);

            String err = farm.err.toString();
            assertTrue(err.contains("published 3 of 3 submissions"), err);
            assertTrue(err.contains("3/3 done (3 graded, 0 failed)"), err);
            assertFalse(log.toString().contains(":guest@") || err.contains(":guest@"), "no password in any line:\n" + log + err);
            List<String> farmSummary = Files.readAllLines(farm.classFolder.resolve(".grades/summary.csv"));
            for (String learner : List.of("ada", "bob", "cy")) {
                for (String file : List.of("results.json", "sample.json", "sample.gradescope.json")) {
                    assertTrue(Files.isRegularFile(farm.classFolder.resolve(".grades").resolve(learner).resolve(file)), learner + "/" + file);
                }
                assertTrue(log.toString().contains("worker " + worker.name() + ": " + learner + "/sample: "), log.toString());
            }
            assertTrue(Files.readString(farm.classFolder.resolve(".grades/summary.md")).contains("| ada | sample | 100/100 | graded |"));
            assertTrue(farm.out.toString().contains("| bob | sample | 0/100 | did not compile |"), farm.out.toString());

            // The same class graded locally gives the same summary, but for the times.
            Path local = root.resolve("local-class");
            FarmFixture.copy(farm.classFolder.resolve("ada"), local.resolve("ada"));
            FarmFixture.copy(farm.classFolder.resolve("bob"), local.resolve("bob"));
            FarmFixture.copy(farm.classFolder.resolve("cy"), local.resolve("cy"));
            assertEquals(ExitCode.OK, new GradeAllCommand().run(List.of(local.toString(), "--sandbox", "process"),
                    farm.session(farm.course)), farm.err::toString);
            assertEquals(withoutTimes(Files.readAllLines(local.resolve(".grades/summary.csv"))), withoutTimes(farmSummary));

            // Nothing changed: nothing is published, and --wait writes the files at once.
            farm.err.getBuffer().setLength(0);
            assertEquals(ExitCode.OK, farm.gradeAll("--wait"), farm.err::toString);
            assertTrue(farm.err.toString().contains("published 0 of 3 submissions to amqp://guest:***@127.0.0.1:5672/ (queue "
                    + farm.queue + ") (3 unchanged, 0 already queued)"), farm.err.toString());

            // One learner changes their code: only that submission goes out, and --status counts the latest rows.
            farm.source("cy", "sample", FarmFixture.CORRECT);
            farm.err.getBuffer().setLength(0);
            assertEquals(ExitCode.OK, farm.gradeAll("--wait"), farm.err::toString);
            assertTrue(farm.err.toString().contains("published 1 of 3 submissions"), farm.err.toString());
            farm.out.getBuffer().setLength(0);
            assertEquals(ExitCode.OK, new GradeAllCommand(new FarmGradeAll(java.util.Map.of("LOOPBACK_DB", farm.dbText)))
                    .run(List.of(farm.classFolder.toString(), "--status"), farm.session(farm.course)), farm.err::toString);
            assertEquals("class class: 0 queued, 0 grading, 3 graded, 0 failed", farm.out.toString().strip());
        }
    }

    @Test
    void aRedeliveredSubmissionIsStoredOnceAndNotGradedAgain() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            farm.source("ada", "sample", FarmFixture.CORRECT);
            StringWriter log = new StringWriter();
            farm.worker(farm.course, "w1", 1, log);
            assertEquals(ExitCode.OK, farm.gradeAll("--wait"), farm.err::toString);
            GradeKey key = farm.key("ada", "sample");
            Gradebook.Stored first = farm.gradebook.find(key).orElseThrow();

            // The broker delivers the same message again (as after a lost ack): the worker acks it without grading.
            GradeMessage again = new GradeMessage(key, SubmissionArchive.pack(
                    farm.classFolder.resolve("ada/exercises/sample/src/main/java"), "sample"), 0);
            try (Connection connection = Broker.connect(farm.broker, "farm test")) {
                Channel channel = connection.createChannel();
                channel.confirmSelect();
                channel.basicPublish("", farm.queue, again.properties(), again.archive());
                channel.waitForConfirmsOrDie(10_000);
            }
            FarmFixture.await(Duration.ofSeconds(60), "the worker to see the redelivery",
                    () -> log.toString().contains("ada/sample: already graded (a redelivery)"), log::toString);

            assertEquals(first, farm.gradebook.find(key).orElseThrow(), "the stored row is untouched");
            assertEquals(1, farm.gradebook.results("class").size(), "one row");
            assertEquals(1, first.deliveries());
            FarmFixture.await(Duration.ofSeconds(30), "the queue to be empty", () -> {
                try {
                    return farm.counts(farm.queue)[0] == 0;
                } catch (Exception e) {
                    return false;
                }
            }, () -> "");
        }
    }

    private static List<String> withoutTimes(List<String> csv) {
        return csv.stream().map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }
}
