package dev.loopback.runner.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Saved files (by default {@code .java} files) under a directory tree (new subdirectories included), reported once per burst: a change
 * settles when no further event arrives for the quiet period, so an editor's save-rename-touch is one change.
 */
final class DirectoryChanges implements Changes {
    private final WatchService service;
    private final Path root;
    private final Duration quiet;
    private final Predicate<Path> counts;
    private final Map<WatchKey, Path> directories = new ConcurrentHashMap<>();

    private DirectoryChanges(WatchService service, Path root, Duration quiet, Predicate<Path> counts) {
        this.service = service;
        this.root = root;
        this.quiet = quiet;
        this.counts = counts;
    }

    /** Java source files, what {@code watch <exercise>} regrades on. */
    static final Predicate<Path> JAVA_SOURCES = path -> path.getFileName().toString().endsWith(".java");

    /** Starts watching the {@code .java} files under {@code root}; throws when the file system cannot watch. */
    static DirectoryChanges open(Path root, Duration quiet) throws IOException {
        return open(root, quiet, JAVA_SOURCES);
    }

    /** Starts watching the files under {@code root} that {@code counts} accepts; throws when the file system cannot watch. */
    static DirectoryChanges open(Path root, Duration quiet, Predicate<Path> counts) throws IOException {
        DirectoryChanges changes = new DirectoryChanges(root.getFileSystem().newWatchService(), root, quiet, counts);
        changes.registerTree(root, new TreeSet<>());
        return changes;
    }

    @Override
    public Optional<Set<Path>> await() {
        Set<Path> changed = new TreeSet<>();
        try {
            while (changed.isEmpty()) {
                drain(service.take(), changed);
            }
            for (WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS); key != null;
                    key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
                drain(key, changed);
            }
            return Optional.of(changed);
        } catch (ClosedWatchServiceException | InterruptedException e) {
            return Optional.empty();
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = directories.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed.add(root);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerNew(path, changed);
            } else if (isSource(path)) {
                changed.add(path);
            }
        }
        if (!key.reset()) {
            directories.remove(key);
        }
    }

    /** Watches a directory created while watching; sources already in it count as changed. */
    private void registerNew(Path dir, Set<Path> changed) {
        try {
            registerTree(dir, changed);
        } catch (IOException vanished) {
            changed.add(dir);
        }
    }

    private void registerTree(Path top, Set<Path> found) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path path : walk.toList()) {
                if (Files.isDirectory(path)) {
                    directories.put(path.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), path);
                } else if (isSource(path)) {
                    found.add(path);
                }
            }
        }
    }

    private boolean isSource(Path path) {
        return counts.test(path);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
