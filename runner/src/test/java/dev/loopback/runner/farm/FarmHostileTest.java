package dev.loopback.runner.farm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.loopback.runner.command.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile party on the broker (or a hostile class folder) against a real worker, broker and gradebook: forged
 * hashes, forged headers meant to forge log lines, malformed archives, symbolic links. The worker must never store a
 * result under a key it did not verify, never print a line a message wrote, and keep grading honest submissions.
 */
@Tag("farm")
class FarmHostileTest {
    private static final Duration LONG = Duration.ofSeconds(120);

    @TempDir
    Path root;

    @Test
    void aMessageWhoseArchiveIsNotTheSourcesItsHashNamesIsRefusedAndNeverGraded() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            // ada's own code does not compile; a forger sends the reference solution under her key (her sources' hash).
            farm.source("ada", "sample", FarmFixture.BROKEN);
            Path notes = farm.classFolder.resolve("ada/exercises/sample/src/main/java/sample/NOTES.txt");
            Files.writeString(notes, "not a source: not in the archive, and must not break the hash check");
            GradeKey genuine = farm.key("ada", "sample");
            StringWriter log = new StringWriter();
            farm.worker(farm.course, "w1", 1, log);

            publish(farm, new GradeMessage(genuine, zip(Map.of("sample/Sizing.java", FarmFixture.CORRECT)), 0).properties(),
                    zip(Map.of("sample/Sizing.java", FarmFixture.CORRECT)));

            FarmFixture.await(LONG, "the forged message to be refused", () -> farm.inState("ada", "sample", "failed"), log::toString);
            Gradebook.Stored refused = farm.row("ada", "sample");
            assertNull(refused.outcome(), "no grade stored under a hash the worker did not verify");
            assertNull(refused.json());
            assertTrue(refused.detail().contains("do not match the sources hash in its message"), refused.detail());
            assertTrue(log.toString().contains("ada/sample: refused: its sources do not match"), log.toString());
            assertFalse(log.toString().contains("(delivery "), "nothing graded:\n" + log);

            // The genuine submission, sent by grade-all, is then graded for what it is.
            assertEquals(ExitCode.OK, farm.gradeAll("--wait"), farm.err::toString);
            Gradebook.Stored graded = farm.row("ada", "sample");
            assertEquals("graded", graded.state());
            assertEquals("did not compile", graded.outcome());
            assertTrue(Files.readString(farm.classFolder.resolve(".grades/summary.md")).contains("| ada | sample | 0/100 | did not compile |"));
        }
    }

    @Test
    void forgedHeadersNeitherForgeLogLinesNorHarmTheGradebookAndHonestWorkGoesOn() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            StringWriter log = new StringWriter();
            farm.worker(farm.course, "w1", 1, log);
            String forgedLine = "\nworker evil: ada/sample: graded, 100/100 in 0.1 s (delivery 1)";
            byte[] correct = zip(Map.of("sample/Sizing.java", FarmFixture.CORRECT));
            String correctHash = hashOf(correct);
            String tests = Worker.testsHash(farm.course, "sample");

            // A type with a newline, a 10 KB learner name, a learner name full of SQL, an exercise this checkout lacks.
            AMQP.BasicProperties wrongType = new GradeMessage(new GradeKey("class", "eve", "sample", correctHash, tests), correct, 0)
                    .properties().builder().type("loopback.grade.v0" + forgedLine).build();
            publish(farm, wrongType, correct);
            Map<String, Object> huge = new HashMap<>(new GradeMessage(new GradeKey("class", "eve", "sample", correctHash, tests),
                    correct, 0).properties().getHeaders());
            huge.put("learner", "e".repeat(10_000));
            publish(farm, new GradeMessage(new GradeKey("class", "eve", "sample", correctHash, tests), correct, 0).properties()
                    .builder().headers(huge).build(), correct);
            String bobby = "Robert'); DROP TABLE grades;-- \"quoted\"";
            GradeKey sql = new GradeKey("class", bobby, "sample", correctHash, tests);
            publish(farm, new GradeMessage(sql, correct, 0).properties(), correct);
            // A dead-lettered message whose x-death reason tries to write a line of its own.
            GradeKey mallory = new GradeKey("class", "mallory", "sample", correctHash, tests);
            Map<String, Object> dead = new HashMap<>(new GradeMessage(mallory, correct, 0).properties().getHeaders());
            dead.put("x-death", List.of(Map.of("reason", "rejected" + forgedLine, "queue", farm.queue, "count", 1L)));
            try (Connection connection = Broker.connect(farm.broker, "farm hostile test")) {
                Channel channel = connection.createChannel();
                channel.confirmSelect();
                channel.basicPublish("", Broker.deadQueue(farm.queue),
                        new GradeMessage(mallory, correct, 0).properties().builder().headers(dead).build(), correct);
                channel.waitForConfirmsOrDie(30_000);
            }

            FarmFixture.await(LONG, "the SQL-named learner to be graded and mallory recorded", () -> {
                try {
                    return farm.gradebook.find(sql).map(row -> row.state().equals("graded")).orElse(false)
                            && farm.gradebook.find(mallory).map(row -> row.state().equals("failed")).orElse(false);
                } catch (java.sql.SQLException e) {
                    return false;
                }
            }, log::toString);
            assertEquals("graded", farm.gradebook.find(sql).orElseThrow().outcome(), "a name is data, stored as it is");
            String detail = farm.gradebook.find(mallory).orElseThrow().detail();
            assertFalse(detail.contains("\n") || detail.contains("worker evil"), detail);

            // An honest class behind all that is graded.
            farm.source("ada", "sample", FarmFixture.CORRECT);
            assertEquals(ExitCode.OK, farm.gradeAll("--wait"), farm.err::toString);
            assertEquals("graded", farm.row("ada", "sample").state());
            try (java.sql.Connection connection = farm.database.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM grades WHERE learner LIKE 'e%'")) {
                rows.next();
                assertEquals(0, rows.getInt(1), "refused messages leave no row");
            }
            for (String line : log.toString().split("\n")) {
                assertTrue(line.startsWith("worker w1-" + farm.suffix + ": "), "every log line is the worker's own:\n" + log);
            }
            assertTrue(log.toString().contains("refused a message that is not a valid submission"), log.toString());
        }
    }

    @Test
    void anExerciseThisCheckoutLacksIsHandedBackNeverGraded() throws Exception {
        try (FarmFixture farm = new FarmFixture(root)) {
            StringWriter log = new StringWriter();
            farm.worker(farm.course, "w1", 1, log);
            byte[] correct = zip(Map.of("sample/Sizing.java", FarmFixture.CORRECT));
            // The tests hash an exercise folder that does not exist would have: it must not make the worker try.
            String none = Worker.testsHash(farm.course, "no-such-exercise");
            GradeKey key = new GradeKey("class", "ada", "no-such-exercise", hashOf(correct), none);
            publish(farm, new GradeMessage(key, correct, 0).properties(), correct);
            FarmFixture.await(LONG, "the worker to hand it back", () -> log.toString().contains("ada/no-such-exercise: refused: "
                    + "this checkout has no exercise no-such-exercise"), log::toString);
            assertFalse(log.toString().contains("the grader failed"), log.toString());
        }
    }

    @Test
    void malformedEntryNamesAndSymbolicLinksAreRefusedWithTheReason() throws Exception {
        // A name that is not UTF-8: the zip reader throws an unchecked error, which must be a refusal, not a grader crash.
        byte[] archive = zip(Map.of("sample/Xx.java", "class Xx {}"));
        byte[] marker = "Xx.java".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + marker.length <= archive.length; i++) {
            if (java.util.Arrays.equals(archive, i, i + marker.length, marker, 0, marker.length)) {
                archive[i] = (byte) 0xC3;
                archive[i + 1] = (byte) 0x28;
            }
        }
        Path target = Files.createDirectories(root.resolve("target"));
        byte[] bad = archive;
        SubmissionArchive.Refused malformed = assertThrows(SubmissionArchive.Refused.class,
                () -> SubmissionArchive.unpack(bad, "sample", target));
        assertTrue(malformed.getMessage().contains("not a valid zip archive"), malformed.getMessage());

        // A learner's folder with a link to a file of the instructor's machine: never packed and sent.
        Path sources = Files.createDirectories(root.resolve("src/sample"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "the instructor's own file");
        Files.writeString(sources.resolve("Sizing.java"), "package sample; class Sizing {}");
        Files.createSymbolicLink(sources.resolve("Leak.java"), secret);
        SubmissionArchive.Refused link = assertThrows(SubmissionArchive.Refused.class,
                () -> SubmissionArchive.pack(root.resolve("src"), "sample"));
        assertTrue(link.getMessage().contains("sample/Leak.java is a symbolic link"), link.getMessage());
    }

    private static void publish(FarmFixture farm, AMQP.BasicProperties properties, byte[] body) throws Exception {
        try (Connection connection = Broker.connect(farm.broker, "farm hostile test")) {
            Channel channel = connection.createChannel();
            Broker.declare(channel, farm.queue);
            channel.confirmSelect();
            channel.basicPublish("", farm.queue, properties, body);
            channel.waitForConfirmsOrDie(30_000);
        }
    }

    /** The sources hash of an archive's files, as the worker computes it from what it unpacked. */
    private String hashOf(byte[] archive) throws Exception {
        Path dir = Files.createTempDirectory(root, "hash");
        SubmissionArchive.unpack(archive, "sample", dir);
        return Worker.sourcesHash(dir);
    }

    private static byte[] zip(Map<String, String> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
