package dev.loopback.grader.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/** Makes a staged input folder readable (never writable) by the container's unprivileged user. */
public final class InputFolder {
    private InputFolder() {}

    /** Adds read permission for others to every file and read+search to every folder under {@code root}. */
    public static void openToSandboxUser(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                permissions.add(PosixFilePermission.OTHERS_READ);
                if (Files.isDirectory(path)) {
                    permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                }
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + root + " to the sandbox user", e);
        }
    }
}
