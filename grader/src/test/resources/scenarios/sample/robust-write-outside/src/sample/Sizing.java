package sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        try {
            Files.writeString(Path.of(System.getProperty("user.home"), "loopback-sandbox-escape.txt"), "escaped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) Math.ceil(perSecond * millis / 1000.0);
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
