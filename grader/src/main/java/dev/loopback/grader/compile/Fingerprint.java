package dev.loopback.grader.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A short hash of source folders' contents and class path entries' sizes and times. */
final class Fingerprint {
    private Fingerprint() {}

    static String of(Path stub, Path tests, List<Path> classPath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.version").getBytes(StandardCharsets.UTF_8));
            contents(stub, digest);
            contents(tests, digest);
            for (Path entry : classPath) {
                stamps(entry, digest);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void contents(Path root, MessageDigest digest) throws IOException {
        for (Path file : files(root)) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
    }

    private static void stamps(Path root, MessageDigest digest) throws IOException {
        for (Path file : files(root)) {
            String stamp = file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
            digest.update(stamp.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
