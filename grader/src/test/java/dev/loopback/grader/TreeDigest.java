package dev.loopback.grader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every file under a folder with a digest of its content (SHA-256; size and modification time for
 * files over 1 MiB), so a test can say exactly which files a grading added, changed or removed.
 */
record TreeDigest(Path root, Map<String, String> files) {
    private static final long HASHED = 1024 * 1024;

    /** The files under {@code root} (none when it does not exist), leaving out the subtrees {@code skip} accepts. */
    static TreeDigest of(Path root, Predicate<Path> skip) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return new TreeDigest(root, files);
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && skip.test(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!skip.test(file)) {
                        files.put(root.relativize(file).toString(), digest(file, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeDigest(root, files);
    }

    static TreeDigest of(Path root) {
        return of(root, p -> false);
    }

    /**
     * What changed from {@code before} to this digest, as "added|changed|removed path" lines, leaving
     * out added files {@code mayAdd} accepts and changed or removed ones {@code mayChange} accepts (relative paths).
     */
    List<String> changesSince(TreeDigest before, Predicate<String> mayAdd, Predicate<String> mayChange) {
        List<String> changes = new ArrayList<>();
        files.forEach((path, digest) -> {
            String old = before.files.get(path);
            if (old == null && !mayAdd.test(path)) {
                changes.add("added " + root.resolve(path));
            } else if (old != null && !old.equals(digest) && !mayChange.test(path)) {
                changes.add("changed " + root.resolve(path));
            }
        });
        before.files.keySet().stream().filter(path -> !files.containsKey(path) && !mayChange.test(path))
                .forEach(path -> changes.add("removed " + root.resolve(path)));
        return changes;
    }

    /** The files here whose name starts with {@code prefix} that {@code before} did not have. */
    List<String> newFilesNamed(TreeDigest before, String prefix) {
        return files.keySet().stream().filter(p -> !before.files.containsKey(p))
                .filter(p -> Path.of(p).getFileName().toString().startsWith(prefix))
                .map(p -> root.resolve(p).toString()).toList();
    }

    private static String digest(Path file, BasicFileAttributes attrs) {
        if (attrs.size() > HASHED) {
            return attrs.size() + ":" + attrs.lastModifiedTime().toMillis();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchFileException e) {
            return "gone";
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
