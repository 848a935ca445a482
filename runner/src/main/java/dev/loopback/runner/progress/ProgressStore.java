package dev.loopback.runner.progress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * The learner's progress file {@code progress.json} in the state folder: read on first use and again whenever the
 * file changed on disk since (another runner, say the terminal beside {@code serve}, saved it), rewritten atomically
 * on every change. An update re-reads the file and applies its change under a lock file
 * ({@code progress.json.lock}), so two runners on the same course never lose each other's progress. An unreadable
 * or newer-schema file is moved aside (never deleted) and the learner is told where.
 */
public final class ProgressStore {
    static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final PrintWriter notices;
    private final Clock clock;
    /** Serialises updates of stores in this JVM; the file lock serialises them across processes. */
    private static final Object IN_PROCESS = new Object();
    private Progress current;
    private Object stamp;
    private boolean saving = true;

    ProgressStore(Path stateDir, PrintWriter notices, Clock clock) {
        this.file = stateDir.resolve("progress.json");
        this.notices = notices;
        this.clock = clock;
    }

    /** The store in {@code stateDir}, telling the learner about recoveries and failed saves on {@code notices}. */
    public static ProgressStore in(Path stateDir, PrintWriter notices) {
        return new ProgressStore(stateDir, notices, Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    /** The progress so far, read from disk on first use. */
    public synchronized Progress current() {
        if (current == null || (saving && !Objects.equals(stamp, stamp()))) {
            stamp = stamp();
            current = load();
        }
        return current;
    }

    /** The progress so far as the JSON of the progress file. */
    public String json() {
        try {
            return JSON.writeValueAsString(current());
        } catch (IOException e) {
            throw new IllegalStateException("progress could not be written as JSON", e);
        }
    }

    /** Re-reads the file if it changed, applies {@code change} and saves the result at once; returns the new progress. */
    public synchronized Progress update(UnaryOperator<Progress> change) {
        synchronized (IN_PROCESS) {
            try (Locked lock = lock()) {
                current = change.apply(current());
                save(current);
                stamp = stamp();
                return current;
            }
        }
    }

    /** An exclusive lock on {@code progress.json.lock}, held until closed (none where the folder cannot hold one). */
    private Locked lock() {
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                return new Locked(null);
            }
            return new Locked(channel);
        } catch (IOException e) {
            return new Locked(null);
        }
    }

    /** The lock file's channel; closing it releases the lock. */
    private record Locked(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                // the lock goes with the channel either way
            }
        }
    }

    /** What identifies the file's current content on disk: its file key (a new one after each atomic move), time and size. */
    private Object stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return java.util.List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (IOException e) {
            return "missing";
        }
    }

    private Progress load() {
        if (!Files.exists(file)) {
            return Progress.empty();
        }
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            if (tree == null || !tree.isObject() || !tree.path("schema").canConvertToInt()) {
                return setAside("it is not a progress file (no \"schema\" number)");
            }
            int schema = tree.get("schema").asInt();
            if (schema > Progress.SCHEMA) {
                return setAside("it was written by a newer Loopback (schema " + schema + "; this one reads "
                        + Progress.SCHEMA + ")");
            }
            return JSON.treeToValue(tree, Progress.class);
        } catch (IOException | IllegalArgumentException e) {
            return setAside("it is not valid progress JSON (" + firstLine(e.getMessage()) + ")");
        }
    }

    private Progress setAside(String reason) {
        Path aside = new SetAside(file, clock).move(notices);
        saving = aside != null;
        notices.println("Your progress file " + file + " could not be used: " + reason + ".");
        notices.println(aside == null ? "It could not be moved aside either; it is left as it is and a fresh record "
                + "starts in memory." : "It was moved to " + aside + " (nothing was deleted) and a fresh one starts now.");
        notices.flush();
        return Progress.empty();
    }

    private void save(Progress progress) {
        if (!saving) {
            notices.println("Progress not saved: " + file + " is still the unreadable file; move it away to start saving.");
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "progress-", ".json.tmp");
            try {
                JSON.writeValue(temp.toFile(), progress);
                moveIntoPlace(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            notices.println("Could not save your progress to " + file + " (" + e.getMessage()
                    + "). Check that the folder is writable; your progress so far is kept until you quit.");
            notices.flush();
        }
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
