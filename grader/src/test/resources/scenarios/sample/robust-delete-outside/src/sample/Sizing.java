package sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

public final class Sizing {
    private Sizing() {}

    public static int inFlight(int perSecond, int millis) {
        try {
            Path classes = Path.of(Sizing.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.deleteIfExists(classes.resolve("sample/Sizing.class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return (int) Math.ceil(perSecond * millis / 1000.0);
    }

    public static boolean isEphemeral(int port) {
        return port >= 32768 && port <= 60999;
    }
}
