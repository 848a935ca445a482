package dev.loopback.runner.farm;

import java.util.Set;

/**
 * Where the work queue is: {@code amqp://USER:PASS@HOST:PORT/VHOST}, optionally {@code ?queue=NAME} (default
 * {@code loopback.grade}; tests and separate farms on one broker use their own).
 */
record BrokerUri(FarmUri uri, String vhost, String queue) {
    static final String DEFAULT_QUEUE = "loopback.grade";

    static BrokerUri parse(String text) {
        FarmUri uri = FarmUri.parse(text, "amqp", 5672, Set.of("queue"));
        String queue = uri.options().getOrDefault("queue", DEFAULT_QUEUE);
        if (!queue.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("the queue name '" + queue + "' may use letters, digits, '.', '_' and '-' (at most 100)");
        }
        return new BrokerUri(uri, uri.path().isEmpty() ? "/" : uri.path(), queue);
    }

    @Override
    public String toString() {
        return uri.shown() + (queue.equals(DEFAULT_QUEUE) ? "" : " (queue " + queue + ")");
    }
}
