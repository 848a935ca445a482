package dev.loopback.runner.progress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * The learner's progress file {@code progress.json} in the state folder: read once, rewritten atomically on
 * every change. An unreadable or newer-schema file is moved aside (never deleted) and the learner is told where.
 */
public final class ProgressStore {
    static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final PrintWriter notices;
    private final Clock clock;
    private Progress current;
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
        if (current == null) {
            current = load();
        }
        return current;
    }

    /** Applies {@code change} and saves the result at once; returns the new progress. */
    public synchronized Progress update(UnaryOperator<Progress> change) {
        current = change.apply(current());
        save(current);
        return current;
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
