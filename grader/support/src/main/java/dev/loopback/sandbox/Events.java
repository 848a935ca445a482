package dev.loopback.sandbox;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The results channel: one JSON object per line, flushed at once, each sealed by {@link Seal} with
 * the run's key and numbered, so the runner takes no line the learner's code wrote, dropped or
 * replayed. The file is opened before any learner code runs, so an exhausted file-descriptor table
 * cannot stop the reporting.
 */
final class Events {
    private final OutputStream out;
    private final Seal seal;
    private long next;

    private Events(OutputStream out, Seal seal) {
        this.out = out;
        this.seal = seal;
    }

    static Events open(Path file, byte[] key) throws IOException {
        return new Events(new FileOutputStream(file.toFile(), true), new Seal(key));
    }

    /** A channel that seals every line and writes it nowhere, for a {@link Rehearsal}. */
    static Events discarded() {
        return new Events(OutputStream.nullOutputStream(), new Seal(new byte[32]));
    }

    void planned(String id, String parent, String name, List<String> tags) {
        write("{\"e\":\"plan\",\"id\":" + Json.string(id) + ",\"parent\":" + Json.string(parent)
                + ",\"name\":" + Json.string(name)
                + ",\"tags\":" + Json.strings(tags) + "}");
    }

    void started(String id, String parent) {
        write("{\"e\":\"start\",\"id\":" + Json.string(id) + ",\"parent\":" + Json.string(parent) + "}");
    }

    void finished(String id, String parent, String status, Failure failure) {
        write("{\"e\":\"end\",\"id\":" + Json.string(id) + ",\"parent\":" + Json.string(parent)
                + ",\"status\":" + Json.string(status) + failure.json() + "}");
    }

    /** A number a hidden test published about the learner's code (JUnit's TestReporter), such as a measured time. */
    void measured(String id, String key, double value) {
        write("{\"e\":\"measure\",\"id\":" + Json.string(id) + ",\"key\":" + Json.string(key) + ",\"value\":" + value + "}");
    }

    void limit(String kind, long value) {
        write("{\"e\":\"limit\",\"kind\":" + Json.string(kind) + ",\"value\":" + value + "}");
    }

    /** A learner class whose static initializer ran out most of a per-test limit on the timed-out test's thread. */
    void stuckInitializer(String className) {
        write("{\"e\":\"stuck-initializer\",\"class\":" + Json.string(className) + "}");
    }

    void fatal(Throwable failure) {
        write("{\"e\":\"fatal\",\"exception\":" + Json.string(failure.getClass().getName())
                + ",\"message\":" + Json.string(String.valueOf(failure.getMessage())) + "}");
    }

    void done() {
        write("{\"e\":\"done\"}");
    }

    synchronized void write(String json) {
        try {
            out.write((seal.line(next, json) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            next++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // The runner treats a missing "done" line as a cut-short run.
        }
    }
}
