package sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        try {
            // The sandbox's temporary folder is the run's work folder; the learner's classes sit beside it.
            Path classes = Path.of(System.getProperty("java.io.tmpdir")).resolveSibling("classes");
            Files.writeString(classes.resolve("escaped.txt"), "written from inside the sandbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) Math.ceil(perSecond * millis / 1000.0);
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
