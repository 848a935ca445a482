package dev.loopback.grader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The runner's side of the seal, against lines sealed the way the agent seals them. */
class SealedLinesTest {
    private final List<String> passed = new ArrayList<>();
    private final SealedLines lines = SealedLines.withNewKey(passed::add);

    private String sealed(long n, String json, String keyHex) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(keyHex), "HmacSHA256"));
        String body = n + "\t" + json;
        return body + "\t" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void goodLinesPassInOrder() throws Exception {
        lines.accept(sealed(0, "{\"e\":\"plan\"}", lines.keyHex()));
        lines.accept(sealed(1, "{\"e\":\"done\"}", lines.keyHex()));

        assertEquals(List.of("{\"e\":\"plan\"}", "{\"e\":\"done\"}"), passed);
        assertNull(lines.broken());
    }

    @Test
    void aLineSealedWithAnotherKeyBreaksTheChannelForGood() throws Exception {
        String otherKey = "00".repeat(32);
        lines.accept(sealed(0, "{\"e\":\"done\"}", otherKey));
        lines.accept(sealed(1, "{\"e\":\"done\"}", lines.keyHex()));

        assertTrue(passed.isEmpty());
        assertTrue(lines.broken().contains("not written by the grader's agent"), lines.broken());
    }

    @Test
    void aSkippedOrRepeatedNumberIsOutOfOrder() throws Exception {
        lines.accept(sealed(0, "{\"e\":\"plan\"}", lines.keyHex()));
        lines.accept(sealed(0, "{\"e\":\"plan\"}", lines.keyHex()));

        assertEquals(1, passed.size());
        assertTrue(lines.broken().contains("out of order"), lines.broken());
    }

    @Test
    void plainJsonIsNotSealed() {
        lines.accept("{\"e\":\"done\"}");

        assertTrue(passed.isEmpty());
        assertTrue(lines.broken().contains("not sealed"), lines.broken());
    }

    @Test
    void aWholeFileKeepsOnlyCompleteLines() throws Exception {
        lines.acceptAll(sealed(0, "{\"e\":\"plan\"}", lines.keyHex()) + "\n" + "1\t{\"e\":\"do");

        assertEquals(List.of("{\"e\":\"plan\"}"), passed);
        assertNull(lines.broken());
    }

    @Test
    void anOverlongLineBreaksTheChannel() {
        lines.accept("x".repeat(SealedLines.MAX_LINE + 1));

        assertTrue(lines.broken().contains("characters"), lines.broken());
    }
}
