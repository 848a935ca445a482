package dev.loopback.grader.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Follows the agent's results file while the sandbox runs, handing over each complete line once. */
final class ResultsTail implements Runnable {
    private static final long POLL_MILLIS = 15;

    private final Path file;
    private final Consumer<String> onLine;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile boolean stopped;
    private long offset;
    private Thread thread;

    private ResultsTail(Path file, Consumer<String> onLine) {
        this.file = file;
        this.onLine = onLine;
    }

    static ResultsTail start(Path file, Consumer<String> onLine) {
        ResultsTail tail = new ResultsTail(file, onLine);
        tail.thread = new Thread(tail, "loopback-results-tail");
        tail.thread.setDaemon(true);
        tail.thread.start();
        return tail;
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

    /** Stops following and hands over the lines written since the last poll. */
    void stop() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join();
        poll();
    }

    private synchronized void poll() {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() <= offset) {
                return;
            }
            byte[] bytes = new byte[(int) (in.length() - offset)];
            in.seek(offset);
            in.readFully(bytes);
            offset += bytes.length;
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    pending.write(bytes, start, i - start);
                    onLine.accept(pending.toString(StandardCharsets.UTF_8));
                    pending.reset();
                    start = i + 1;
                }
            }
            pending.write(bytes, start, bytes.length - start);
        } catch (IOException ignored) {
            // Not written yet; the next poll tries again.
        }
    }
}
