package dev.loopback.runner.scratch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Collects what a snippet prints to {@code System.out} and {@code System.err} while it runs in this JVM. */
final class Printed implements AutoCloseable {
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Printed() {
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    /** Starts collecting; {@link #close()} puts the previous streams back. */
    static Printed capture() {
        return new Printed();
    }

    /** Everything printed so far. */
    String text() {
        System.out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }
}
