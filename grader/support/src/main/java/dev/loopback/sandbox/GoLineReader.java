package dev.loopback.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Reads stdin on a thread of its own from the agent's first moment: the first line is the go line (or anything else,
 * which {@link GoLine#parse} refuses), after which stdin is read to its end, so nothing the learner's code reads from
 * stdin later can hold the key. The end of stdin before any line means the runner cancelled this sandbox: the JVM
 * ends at once, whatever it is doing (a rehearsal, a warm-up), also where the runner's kill could not reach it.
 */
final class GoLineReader implements Runnable {
    private static volatile boolean arrived;
    private final CompletableFuture<String> line = new CompletableFuture<>();
    private Thread thread;

    private GoLineReader() {}

    static GoLineReader start() {
        GoLineReader reader = new GoLineReader();
        reader.thread = new Thread(reader, "loopback-go-line");
        reader.thread.setDaemon(true);
        reader.thread.start();
        return reader;
    }

    /** Whether a line has arrived on stdin (the rehearsals and warm-ups stop for it). */
    static boolean arrived() {
        return arrived;
    }

    /**
     * The first line, once stdin has been read to its end and the reading thread has ended (so it never counts
     * against the learner's thread cap).
     */
    String await() throws InterruptedException {
        String first = line.join();
        thread.join();
        return first;
    }

    @Override
    public void run() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String first = in.readLine();
            if (first == null) {
                Runtime.getRuntime().halt(Agent.FINISHED);
            }
            arrived = true;
            while (in.read() >= 0) {
                // Drain to the end before the go line is handed over.
            }
            line.complete(first);
        } catch (IOException e) {
            Runtime.getRuntime().halt(Agent.FINISHED);
        }
    }
}
