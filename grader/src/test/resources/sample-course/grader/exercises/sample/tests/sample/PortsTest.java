package sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    @Tag("ports")
    void insideTheRange() {
        assertTrue(Sizing.isEphemeral(40000), "port 40000 is inside 32768..60999, so it is ephemeral");
    }

    @Test
    @Tag("ports")
    void belowTheRange() {
        assertFalse(Sizing.isEphemeral(8080), "port 8080 is below 32768: a server port, not an ephemeral one");
    }
}
