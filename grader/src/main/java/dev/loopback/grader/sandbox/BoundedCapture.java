package dev.loopback.grader.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first {@code limit} bytes of a stream and drains the rest, so a chatty submission cannot fill memory or block. */
final class BoundedCapture implements Runnable {
    static final int LIMIT = 64 * 1024;

    private final InputStream in;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    BoundedCapture(InputStream in) {
        this.in = in;
    }

    static BoundedCapture start(InputStream in, String name) {
        BoundedCapture capture = new BoundedCapture(in);
        Thread reader = new Thread(capture, name);
        reader.setDaemon(true);
        reader.start();
        return capture;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                keep(buffer, n);
            }
        } catch (IOException ignored) {
            // The process is gone; what was kept is what there is.
        }
    }

    private synchronized void keep(byte[] buffer, int n) {
        int room = Math.max(0, LIMIT - kept.size());
        kept.write(buffer, 0, Math.min(room, n));
        dropped += Math.max(0, n - room);
    }

    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    synchronized long dropped() {
        return dropped;
    }
}
