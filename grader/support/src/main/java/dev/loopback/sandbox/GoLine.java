package dev.loopback.sandbox;

import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * The one line the runner sends on stdin when the learner's code has compiled:
 * {@code go<TAB>tests<TAB>learner<TAB>key<TAB>seed<TAB>skip}. The key (hex) seals every result line; it
 * reaches this JVM only through the pipe, which is read to its end before any learner class loads.
 * {@code skip} lists the tests an earlier sandbox of the same submission finished (Base64 of their
 * newline-joined unique ids, or {@code -}).
 */
record GoLine(Path tests, Path learner, byte[] key, long seed, Set<String> skip) {

    /** The go line in {@code line}, or null for anything else (the runner cancelled the run). */
    static GoLine parse(String line) {
        String[] parts = line == null ? new String[0] : line.split("\t");
        if (parts.length != 6 || !parts[0].equals("go")) {
            return null;
        }
        try {
            byte[] key = HexFormat.of().parseHex(parts[3]);
            Set<String> skip = parts[5].equals("-") ? Set.of() : Set.of(new String(Base64.getDecoder().decode(parts[5]),
                    StandardCharsets.UTF_8).split("\n"));
            return key.length < 16 ? null
                    : new GoLine(Agent.path(parts[1]), Agent.path(parts[2]), key, Long.parseLong(parts[4]), skip);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
