package dev.loopback.grader.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The sandbox class path as jars only (JUnit plus the support classes, packed into a cached jar
 * when they are a folder), so the JVM's class-sharing archive can cover all of it.
 */
final class SupportJars {
    private SupportJars() {}

    static List<Path> classPath(Path cache) {
        List<Path> jars = new ArrayList<>(SandboxClassPath.junit());
        Path support = SandboxClassPath.support();
        jars.add(Files.isDirectory(support) ? packed(support, cache) : support);
        return jars;
    }

    /** A short hash naming this exact set of jars on this exact Java. */
    static String fingerprint(List<Path> jars) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.home").getBytes(StandardCharsets.UTF_8));
            digest.update(System.getProperty("java.version").getBytes(StandardCharsets.UTF_8));
            for (Path jar : jars) {
                String stamp = jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
                digest.update(stamp.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The support classes packed into a jar named by their fingerprint, made once. One thread at a time: two sandboxes
     * starting together (grade-all's jobs) each packed it, the second replacing the first under the same name, so the
     * jar's time stamp changed, the jars' fingerprint with it, and a second class-sharing archive was made.
     */
    private static synchronized Path packed(Path classes, Path cache) {
        try {
            List<Path> files = files(classes);
            Path jar = cache.resolve("support-" + fingerprint(files) + ".jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            Files.createDirectories(cache);
            Path partial = Files.createTempFile(cache, "support", ".partial");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
                for (Path file : files) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, (OutputStream) out);
                    out.closeEntry();
                }
            }
            Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
