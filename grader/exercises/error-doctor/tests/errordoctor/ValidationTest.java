package errordoctor;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.loopback.fixture.RefusedPort;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Invalid arguments are the caller's bug, not a network failure: they throw, they are never reported as a Probe. */
@Tag("validation")
class ValidationTest extends DoctorTest {

    private static final String IDEA = " probe() reports what the network did; a null argument or a timeout that"
            + " is not positive is a mistake in the calling code, so it throws instead (a timeout of 0 would mean"
            + " \"wait forever\" to connect() and SO_TIMEOUT)." + ERRORS;

    @Test
    void diagnosingNothingIsAMistake() {
        assertThrows(NullPointerException.class, () -> ErrorDoctor.diagnose(null),
                "diagnose(null) should throw NullPointerException: there is no failure to classify." + IDEA);
    }

    @Test
    void nullArgumentsThrowNullPointerException() throws Exception {
        InetSocketAddress nobody = RefusedPort.address();
        Duration second = Duration.ofSeconds(1);
        assertThrows(NullPointerException.class, () -> ErrorDoctor.probe(null, "PING", second),
                "probe(null, \"PING\", 1 s) should throw NullPointerException." + IDEA);
        assertThrows(NullPointerException.class, () -> ErrorDoctor.probe(nobody, null, second),
                "probe(upstream, null, 1 s) should throw NullPointerException." + IDEA);
        assertThrows(NullPointerException.class, () -> ErrorDoctor.probe(nobody, "PING", null),
                "probe(upstream, \"PING\", null) should throw NullPointerException." + IDEA);
    }

    @Test
    void aTimeoutMustBePositive() throws Exception {
        InetSocketAddress nobody = RefusedPort.address();
        assertThrows(IllegalArgumentException.class, () -> ErrorDoctor.probe(nobody, "PING", Duration.ZERO),
                "probe(upstream, \"PING\", Duration.ZERO) should throw IllegalArgumentException." + IDEA);
        assertThrows(IllegalArgumentException.class, () -> ErrorDoctor.probe(nobody, "PING", Duration.ofMillis(-200)),
                "probe(upstream, \"PING\", -200 ms) should throw IllegalArgumentException." + IDEA);
    }
}
