package handshaketimer;

import dev.loopback.fixture.Seeded;
import java.util.Random;

/**
 * What the handshake-timer checks share for inputs generated from the run's seed (dev.loopback.fixture.Seeded):
 * request lines, call counts and delays that a table of the fixed examples cannot know.
 */
abstract class GeneratedInputsTest {

    /** Read when a test class is first used, before any of the learner's code runs. */
    static final String REPLAY = Seeded.replay("handshake-timer");

    private static final String CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-";

    static Random random(String test) {
        return Seeded.random("handshake-timer/" + test);
    }

    /** A request line of ASCII letters, digits and dashes, never empty. */
    static String request(Random random) {
        StringBuilder line = new StringBuilder(random.nextBoolean() ? "PING-" : "STATUS-");
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            line.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return line.toString();
    }
}
