package dev.loopback.runner.scratch;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects what a snippet prints to {@code System.out} and {@code System.err} while it runs in this JVM, keeping
 * the first {@value #KEPT} bytes so a printing loop cannot fill the memory.
 */
final class Printed implements AutoCloseable {
    static final int KEPT = 64 * 1024;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final Bounded bytes = new Bounded();

    private Printed() {
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    /** Starts collecting; {@link #close()} puts the previous streams back. */
    static Printed capture() {
        return new Printed();
    }

    /** Everything printed so far (up to the limit), with a note of how much more was dropped. */
    String text() {
        System.out.flush();
        return bytes.text();
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }

    private static final class Bounded extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long dropped;

        @Override
        public synchronized void write(int b) {
            if (kept.size() < KEPT) {
                kept.write(b);
            } else {
                dropped++;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = Math.max(0, Math.min(len, KEPT - kept.size()));
            kept.write(b, off, room);
            dropped += len - room;
        }

        synchronized String text() {
            String text = kept.toString(StandardCharsets.UTF_8);
            return dropped == 0 ? text : text + System.lineSeparator() + "... (" + dropped + " more bytes not shown)";
        }
    }
}
