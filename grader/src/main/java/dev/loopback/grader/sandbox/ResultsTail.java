package dev.loopback.grader.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Follows the agent's results file while the sandbox runs, handing over each complete line once to
 * a {@link SealedLines}. The file is opened before the learner's code can run, and read defensively:
 * in chunks, at most {@link #MAX_BYTES} in all and {@link SealedLines#MAX_LINE} per line; beyond
 * either the channel is broken and reading stops.
 */
final class ResultsTail implements Runnable {
    /** More than the agent writes for thousands of tests. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final long POLL_MILLIS = 15;
    private static final int CHUNK = 64 * 1024;

    private final RandomAccessFile in;
    private final SealedLines onLine;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[CHUNK];
    private volatile boolean stopped;
    private boolean closed;
    private long offset;
    private Thread thread;

    private ResultsTail(RandomAccessFile in, SealedLines onLine) {
        this.in = in;
        this.onLine = onLine;
    }

    /** Opens {@code file} now; lines are read once {@link #start} is called. */
    static ResultsTail open(Path file, SealedLines onLine) {
        try {
            return new ResultsTail(new RandomAccessFile(file.toFile(), "r"), onLine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start() {
        thread = new Thread(this, "loopback-results-tail");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        while (!stopped) {
            poll();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops following, hands over the lines written since the last poll, and closes the file. */
    void stop() throws InterruptedException {
        if (closed) {
            return;
        }
        stopped = true;
        if (thread != null) {
            thread.interrupt();
            thread.join();
        }
        poll();
        closed = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // Read-only; nothing is lost.
        }
    }

    private synchronized void poll() {
        try {
            long length = in.length();
            if (length < offset) {
                onLine.breakWith("the results file shrank while the tests ran");
                return;
            }
            if (length > MAX_BYTES) {
                onLine.breakWith("the results file grew to " + length + " bytes (the agent writes far less than "
                        + MAX_BYTES + ")");
                return;
            }
            while (offset < length && onLine.broken() == null) {
                in.seek(offset);
                int n = in.read(buffer, 0, (int) Math.min(CHUNK, length - offset));
                if (n <= 0) {
                    return;
                }
                offset += n;
                split(n);
            }
        } catch (IOException e) {
            onLine.breakWith("the results file could not be read (" + e.getMessage() + ")");
        }
    }

    private void split(int n) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
                pending.write(buffer, start, i - start);
                onLine.accept(pending.toString(StandardCharsets.UTF_8));
                pending.reset();
                start = i + 1;
            }
        }
        pending.write(buffer, start, n - start);
        if (pending.size() > SealedLines.MAX_LINE) {
            onLine.breakWith("a result line longer than " + SealedLines.MAX_LINE + " bytes");
        }
    }
}
