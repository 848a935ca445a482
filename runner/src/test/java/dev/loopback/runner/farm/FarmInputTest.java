package dev.loopback.runner.farm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the farm takes in: addresses (never showing a password) and submission archives (validated on receipt). */
class FarmInputTest {
    @TempDir
    Path root;

    @Test
    void addressesParseAndNeverShowThePassword() {
        BrokerUri broker = BrokerUri.parse("amqp://grader:s3cr%40t@rabbit.example:5673/course%2Fvhost?queue=cs101.grade");
        assertEquals("grader", broker.uri().user());
        assertEquals("s3cr@t", broker.uri().password());
        assertEquals("course/vhost", broker.vhost());
        assertEquals("cs101.grade", broker.queue());
        assertEquals(5673, broker.uri().port());
        assertEquals("amqp://grader:***@rabbit.example:5673/course/vhost (queue cs101.grade)", broker.toString());
        assertEquals("/", BrokerUri.parse("amqp://guest:guest@127.0.0.1").vhost());
        assertEquals("loopback.grade", BrokerUri.parse("amqp://guest:guest@127.0.0.1/").queue());

        DatabaseUri db = DatabaseUri.parse("postgresql://teacher:pw@db.example/grades?schema=spring_2027");
        assertEquals(5432, db.uri().port());
        assertEquals("grades", db.database());
        assertEquals("spring_2027", db.schema());
        assertFalse(db.toString().contains("pw"), db.toString());
        assertEquals("loopback", DatabaseUri.parse("postgresql://postgres@127.0.0.1:5432/test").schema());

        for (String bad : new String[] {"postgresql://x:hunter2@h/db", "amqp://x:hunter2@h/?queue=a b", "amqp://x:hunter2@h/?colour=red",
                "http://x:hunter2@h/"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BrokerUri.parse(bad));
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> DatabaseUri.parse("postgresql://postgres@127.0.0.1:5432/"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseUri.parse("postgresql://postgres@h/test?schema=Robert'); DROP"));
        IllegalArgumentException injected = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUri.parse("postgresql://x:hunter2@h/test%3FsocketFactory%3Dorg.example.Evil%26socketFactoryArg%3Dx"));
        assertTrue(injected.getMessage().contains("the database name 'test?socketFactory"), injected.getMessage());
        assertFalse(injected.getMessage().contains("hunter2"), injected.getMessage());
    }

    @Test
    void flagsAndTheEnvironment() {
        FarmArgs args = FarmArgs.parse(java.util.List.of("class", "--wait"), Map.of("LOOPBACK_BROKER", "amqp://guest:guest@127.0.0.1/",
                "LOOPBACK_DB", "postgresql://postgres@127.0.0.1/test"));
        assertTrue(args.waiting());
        assertEquals("class", args.classId());
        IllegalArgumentException noBroker = assertThrows(IllegalArgumentException.class,
                () -> FarmArgs.parse(java.util.List.of("class", "--db", "postgresql://postgres@127.0.0.1/test"), Map.of()));
        assertTrue(noBroker.getMessage().contains("LOOPBACK_BROKER"), noBroker.getMessage());
        assertTrue(FarmArgs.parse(java.util.List.of("class", "--status", "--db", "postgresql://postgres@127.0.0.1/test"), Map.of()).status());
        assertThrows(IllegalArgumentException.class, () -> FarmArgs.parse(java.util.List.of("class", "--jobs", "2"),
                Map.of("LOOPBACK_BROKER", "amqp://guest:guest@127.0.0.1/", "LOOPBACK_DB", "postgresql://postgres@127.0.0.1/test")));
    }

    @Test
    void anArchiveRoundTripsItsJavaFiles() throws Exception {
        Path sources = root.resolve("src");
        Files.createDirectories(sources.resolve("sample/inner"));
        Files.writeString(sources.resolve("sample/Sizing.java"), "package sample; class Sizing {}");
        Files.writeString(sources.resolve("sample/inner/Helper.java"), "package sample.inner; class Helper {}");
        Files.writeString(sources.resolve("sample/notes.txt"), "not a source, not sent");
        byte[] archive = SubmissionArchive.pack(sources, "sample");
        Path target = Files.createDirectories(root.resolve("out"));
        SubmissionArchive.unpack(archive, "sample", target);
        assertEquals("package sample; class Sizing {}", Files.readString(target.resolve("sample/Sizing.java")));
        assertTrue(Files.isRegularFile(target.resolve("sample/inner/Helper.java")));
        assertFalse(Files.exists(target.resolve("sample/notes.txt")));

        Files.writeString(sources.resolve("Elsewhere.java"), "class Elsewhere {}");
        SubmissionArchive.Refused outside = assertThrows(SubmissionArchive.Refused.class, () -> SubmissionArchive.pack(sources, "sample"));
        assertTrue(outside.getMessage().contains("Elsewhere.java is outside the exercise's package sample"), outside.getMessage());
    }

    @Test
    void sourcesOverOneMebibyteCompressedAreRefusedWithAClearError() throws Exception {
        Path sources = Files.createDirectories(root.resolve("big/sample"));
        byte[] noise = new byte[600 * 1024];
        new Random(17).nextBytes(noise);
        for (int i = 0; i < 4; i++) {
            Files.writeString(sources.resolve("Big" + i + ".java"), "// " + java.util.HexFormat.of().formatHex(noise).substring(0, 900_000));
        }
        SubmissionArchive.Refused e = assertThrows(SubmissionArchive.Refused.class,
                () -> SubmissionArchive.pack(root.resolve("big"), "sample"));
        assertTrue(e.getMessage().contains("more than 1 MiB"), e.getMessage());
    }

    @Test
    void hostileArchivesAreRefusedWithoutWritingOutside() throws Exception {
        Path target = Files.createDirectories(root.resolve("target"));
        assertRefused(zip(Map.of("sample/../../evil.java", "x")), target, "is not a .java file under sample/");
        assertRefused(zip(Map.of("/etc/sample/X.java", "x")), target, "is not a .java file under sample/");
        assertRefused(zip(Map.of("sample/run.sh", "x")), target, "is not a .java file under sample/");
        assertRefused(zip(Map.of("other/X.java", "x")), target, "is not a .java file under sample/");
        assertRefused(zip(Map.of("sample\\..\\X.java", "x")), target, "is not a .java file under sample/");
        assertRefused(zip(Map.of("sample/Bomb.java", "a".repeat(2 << 20))), target, "more than 1 MiB uncompressed");
        Map<String, String> many = new java.util.HashMap<>();
        for (int i = 0; i < 300; i++) {
            many.put("sample/C" + i + ".java", "class C" + i + " {}");
        }
        assertRefused(zip(many), target, "more than 256 entries");
        assertRefused("not a zip at all".getBytes(), target, "holds no .java file");
        assertRefused(new byte[SubmissionArchive.MAX_BYTES + 1], target, "more than 1 MiB");
        try (var left = Files.walk(root)) {
            assertFalse(left.anyMatch(path -> path.getFileName().toString().equals("evil.java")));
        }
    }

    private static void assertRefused(byte[] archive, Path target, String why) {
        SubmissionArchive.Refused e = assertThrows(SubmissionArchive.Refused.class, () -> SubmissionArchive.unpack(archive, "sample", target));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes());
                zip.closeEntry();
            }
        }
        assertArrayEquals(bytes.toByteArray(), bytes.toByteArray());
        return bytes.toByteArray();
    }
}
