package handshaketimer;

import java.time.Duration;
import java.util.Objects;

/** How long one call spent setting up its connection (connect + greeting) and doing its work (request + reply). */
public record Timing(Duration setup, Duration work) {

    /** Both parts are required. */
    public Timing {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(work, "work");
    }

    /** Setup plus work. */
    public Duration total() {
        return setup.plus(work);
    }
}
