package dev.loopback.runner.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void ansiEscapesTakeNoColumns() {
        assertEquals(5, DisplayWidth.of("\u001b[1;36mhello\u001b[0m"));
    }

    @Test
    void cjkAndEmojiTakeTwoColumns() {
        assertEquals(4, DisplayWidth.of("記号"));
        assertEquals(2, DisplayWidth.of("🎯"));
    }

    @Test
    void anEmojiVariationSelectorWidensTheCharacterBeforeIt() {
        assertEquals(2, DisplayWidth.of("⚠️"));
        assertEquals(1, DisplayWidth.of("⚠"));
    }

    @Test
    void combiningMarksTakeNoColumns() {
        assertEquals(1, DisplayWidth.of("e\u0301"));
    }

    @Test
    void padAlignsByDisplayWidth() {
        assertEquals(" 記 ", DisplayWidth.pad("記", 4, DisplayWidth.Align.CENTER));
        assertEquals("  ab", DisplayWidth.pad("ab", 4, DisplayWidth.Align.RIGHT));
    }
}
