package dev.loopback.sandbox;

import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The one line the runner sends on stdin when the learner's code has compiled:
 * {@code go<TAB>tests<TAB>learner<TAB>key<TAB>seed}. The key (hex) seals every result line; it
 * reaches this JVM only through the pipe, which is read to its end before any learner class loads.
 */
record GoLine(Path tests, Path learner, byte[] key, long seed) {

    /** The go line in {@code line}, or null for anything else (the runner cancelled the run). */
    static GoLine parse(String line) {
        String[] parts = line == null ? new String[0] : line.split("\t");
        if (parts.length != 5 || !parts[0].equals("go")) {
            return null;
        }
        try {
            byte[] key = HexFormat.of().parseHex(parts[3]);
            return key.length < 16 ? null : new GoLine(Agent.path(parts[1]), Agent.path(parts[2]), key, Long.parseLong(parts[4]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
