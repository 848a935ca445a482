package dev.loopback.runner.farm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A submission's sources as a message carries them: a zip of its {@code .java} files under the exercise's package,
 * at most 1 MiB compressed. Unpacking trusts nothing: at most 256 entries, 1 MiB per file and 4 MiB in all
 * uncompressed, plain relative names only (no {@code ..}, no absolute paths, no backslashes), {@code .java} files
 * under the package's folder only; anything else refuses the whole archive with the reason. Packing refuses a
 * symbolic link (it would send a file of the publisher's machine).
 */
final class SubmissionArchive {
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_ENTRIES = 256;
    static final long MAX_FILE = 1 << 20;
    static final long MAX_TOTAL = 4 << 20;

    private SubmissionArchive() {}

    /** Thrown when sources cannot be packed or an archive is refused; the message says why, for the instructor. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** The {@code .java} files under {@code sources} (symbolic links included, so that packing can refuse them), in order. */
    private static List<Path> javaFiles(Path sources) {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(file -> file.getFileName().toString().endsWith(".java"))
                    .filter(file -> Files.isSymbolicLink(file) || Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zips the {@code .java} files of {@code sources} (a {@code src/main/java} folder); refuses a file outside {@code pkg}. */
    static byte[] pack(Path sources, String pkg) throws Refused {
        String prefix = folder(pkg);
        List<Path> files = javaFiles(sources);
        if (files.size() > MAX_ENTRIES) {
            throw new Refused(files.size() + " .java files, more than the " + MAX_ENTRIES + " a submission may have");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                String name = sources.relativize(file).toString().replace('\\', '/');
                if (Files.isSymbolicLink(file)) {
                    throw new Refused(shown(name) + " is a symbolic link: the farm sends only the learner's own files, never "
                            + "what a link points to on this machine; replace it with the file itself");
                }
                if (!name.startsWith(prefix)) {
                    throw new Refused(name + " is outside the exercise's package " + pkg + " (" + prefix
                            + "): the grader only takes classes in it; move it there");
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
                if (bytes.size() > MAX_BYTES) {
                    throw new Refused("the sources compress to more than 1 MiB, the most a farm message carries");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.size() > MAX_BYTES) {
            throw new Refused("the sources compress to " + bytes.size() / 1024 + " KiB, more than the 1 MiB a farm message carries");
        }
        return bytes.toByteArray();
    }

    /** Unpacks {@code archive} into the empty folder {@code target}, checking everything listed above. */
    static void unpack(byte[] archive, String pkg, Path target) throws Refused {
        if (archive.length > MAX_BYTES) {
            throw new Refused("the archive is " + archive.length / 1024 + " KiB, more than 1 MiB");
        }
        String prefix = folder(pkg);
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (names.size() == MAX_ENTRIES) {
                    throw new Refused("more than " + MAX_ENTRIES + " entries");
                }
                if (entry.isDirectory() || !safe(name) || !name.startsWith(prefix) || !name.endsWith(".java")) {
                    throw new Refused("entry '" + shown(name) + "' is not a .java file under " + prefix);
                }
                if (!names.add(name)) {
                    throw new Refused("entry '" + shown(name) + "' appears twice");
                }
                byte[] content = read(zip, name);
                total += content.length;
                if (total > MAX_TOTAL) {
                    throw new Refused("the files add up to more than " + MAX_TOTAL / (1 << 20) + " MiB uncompressed");
                }
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target)) {
                    throw new Refused("entry '" + shown(name) + "' points outside its folder");
                }
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            }
        } catch (ZipException e) {
            throw new Refused("not a valid zip archive (" + shown(String.valueOf(e.getMessage())) + ")");
        } catch (IllegalArgumentException e) {
            // The zip reader's way of saying an entry's name is not UTF-8.
            throw new Refused("not a valid zip archive (an entry's name is not UTF-8)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.isEmpty()) {
            throw new Refused("the archive holds no .java file");
        }
    }

    /**
     * The hash of a submission's sources as the farm keys them: every {@code .java} file under {@code sources} (its
     * relative path and bytes), exactly what {@link #pack} sends. The publisher computes it from the class folder and a
     * worker again from what it unpacked, so a worker never stores a result under a hash it did not verify; other files
     * (notes, build output) are not sent and not hashed.
     */
    static String sourcesHash(Path sources) {
        List<Path> files = javaFiles(sources);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        for (Path file : files) {
            digest.update(sources.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                // A link is hashed as its target's name, never read: pack refuses it anyway.
                digest.update(Files.isSymbolicLink(file) ? Files.readSymbolicLink(file).toString().getBytes(StandardCharsets.UTF_8)
                        : Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] read(InputStream in, String name) throws IOException, Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_FILE) {
                throw new Refused("entry '" + shown(name) + "' is more than 1 MiB uncompressed");
            }
        }
        return out.toByteArray();
    }

    /** A plain relative name: segments of letters, digits, '_', '$', '-' and '.', none empty, '.' or '..'. */
    private static boolean safe(String name) {
        if (name.isEmpty() || name.length() > 300 || name.startsWith("/")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !segment.matches("[A-Za-z0-9_$.-]+")) {
                return false;
            }
        }
        return true;
    }

    private static String folder(String pkg) {
        return pkg.replace('.', '/') + "/";
    }

    private static String shown(String name) {
        return Printable.of(name, 80);
    }
}
