package dev.loopback.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The class-sharing archive of the sandbox's jars, made once per set of jars by a JVM of its own
 * that only warms JUnit up and exits: no learner code ever runs in a JVM whose archive is kept, so a
 * submission cannot plant classes in the archive later runs load.
 */
final class SharedArchive {
    private SharedArchive() {}

    /**
     * Makes {@code archive} unless it exists, waiting for the priming JVM (a second or two, once per
     * set of jars); keeps it only when that JVM ended normally. Without it the sandbox still runs.
     */
    static synchronized void ensure(List<Path> jars, Path archive) {
        if (!Files.isRegularFile(archive)) {
            prime(jars, archive);
        }
    }

    private static void prime(List<Path> jars, Path archive) {
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=48m",
                    "-XX:CompressedClassSpaceSize=64m", "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=off",
                    "-XX:ArchiveClassesAtExit=" + partial,
                    "-cp", jars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                    "dev.loopback.sandbox.Agent", "--prime")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.isRegularFile(partial)) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            // No archive: the sandbox starts a little slower, and the next runner tries again.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // A stray partial file is harmless; its name never matches an archive.
            }
        }
    }
}
