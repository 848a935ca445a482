package dev.loopback.grader.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the agent's sealed result lines ({@code <n><TAB><json><TAB><hmac>}, see the agent's Seal)
 * and passes the JSON of each good one on, in order. The first line that is not sealed with this
 * run's key, or out of order, or too long, breaks the channel: nothing after it is believed, and
 * {@link #broken()} says why. The key is made here, per run, and reaches the agent only through its stdin.
 */
public final class SealedLines implements Consumer<String> {
    /** The longest line the agent writes is a failure with a 4000-character message and 8 frames. */
    static final int MAX_LINE = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final Mac mac;
    private final Consumer<String> next;
    private long expected;
    private volatile String broken;

    SealedLines(byte[] key, Consumer<String> next) {
        this.key = key.clone();
        this.next = next;
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A checker with a fresh random key. */
    public static SealedLines withNewKey(Consumer<String> next) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SealedLines(key, next);
    }

    /** The key as the agent's go line carries it. */
    public String keyHex() {
        return HexFormat.of().formatHex(key);
    }

    @Override
    public synchronized void accept(String line) {
        if (broken != null) {
            return;
        }
        if (line.length() > MAX_LINE) {
            broken = "a result line of " + line.length() + " characters (the agent never writes more than " + MAX_LINE + ")";
            return;
        }
        int first = line.indexOf('\t');
        int last = line.lastIndexOf('\t');
        if (first < 0 || last <= first) {
            broken = "result line " + expected + " is not sealed";
            return;
        }
        String body = line.substring(0, last);
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(line.substring(last + 1));
        } catch (IllegalArgumentException e) {
            broken = "result line " + expected + " has no valid seal";
            return;
        }
        if (!MessageDigest.isEqual(claimed, mac.doFinal(body.getBytes(StandardCharsets.UTF_8)))) {
            broken = "result line " + expected + " was not written by the grader's agent";
            return;
        }
        if (!body.substring(0, first).equals(Long.toString(expected))) {
            broken = "result line " + expected + " is missing or out of order (found line " + body.substring(0, first) + ")";
            return;
        }
        expected++;
        next.accept(body.substring(first + 1));
    }

    /**
     * Checks every complete line of a whole results file read at once (the container's); a last
     * line without its newline was cut short and is left out, as the tail leaves it.
     */
    public void acceptAll(String text) {
        if (text.length() > ResultsTail.MAX_BYTES) {
            breakWith("the results file holds " + text.length() + " characters (the agent writes far less than "
                    + ResultsTail.MAX_BYTES + ")");
            return;
        }
        int end = text.lastIndexOf('\n');
        if (end >= 0) {
            text.substring(0, end).lines().forEach(this);
        }
    }

    /** Marks the channel broken for a reason found outside the lines (a file too large to be the agent's). */
    public synchronized void breakWith(String reason) {
        if (broken == null) {
            broken = reason;
        }
    }

    /** Why the results cannot be believed, or null while every line was good. */
    public String broken() {
        return broken;
    }
}
