package dev.loopback.sandbox;

import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * The one line the runner sends on stdin when the learner's code has compiled:
 * {@code go<TAB>tests<TAB>learner<TAB>key<TAB>seed<TAB>skip<TAB>stuck}. The key (hex) seals every result line; it
 * reaches this JVM only through the pipe, which is read to its end before any learner class loads.
 * {@code skip} lists the tests an earlier sandbox of the same submission finished (Base64 of their
 * newline-joined unique ids, or {@code -}); {@code stuck} the learner classes whose static initializer ran out a
 * per-test limit in that earlier sandbox (Base64 of newline-joined names, or {@code -}; see {@link InitializerWatch}).
 */
record GoLine(Path tests, Path learner, byte[] key, long seed, Set<String> skip, Set<String> stuck) {

    /** The go line in {@code line}, or null for anything else (the runner cancelled the run). */
    static GoLine parse(String line) {
        String[] parts = line == null ? new String[0] : line.split("\t");
        if (parts.length != 7 || !parts[0].equals("go")) {
            return null;
        }
        try {
            byte[] key = HexFormat.of().parseHex(parts[3]);
            return key.length < 16 ? null : new GoLine(Agent.path(parts[1]), Agent.path(parts[2]), key,
                    Long.parseLong(parts[4]), lines(parts[5]), lines(parts[6]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<String> lines(String field) {
        return field.equals("-") ? Set.of()
                : Set.of(new String(Base64.getDecoder().decode(field), StandardCharsets.UTF_8).split("\n"));
    }
}
