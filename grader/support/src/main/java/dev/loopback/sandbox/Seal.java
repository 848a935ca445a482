package dev.loopback.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals result lines: {@code <n><TAB><json><TAB><hmac>}, where hmac is HMAC-SHA256 over
 * {@code <n><TAB><json>} with the run's key and n counts lines from 0. The runner checks the same
 * (dev.loopback.grader.sandbox.SealedLines); the two must agree on this format.
 */
final class Seal {
    private final Mac mac;

    Seal(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    synchronized String line(long n, String json) {
        String body = n + "\t" + json;
        return body + "\t" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
