package dev.loopback.runner.farm;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The farm's broker side. The topology, declared (idempotently) by every worker and publisher:
 * <ul>
 * <li>{@code Q} ({@code loopback.grade} unless the address names another): a durable quorum queue; a message
 *   returned to it more than {@link #DELIVERY_LIMIT} times (a worker crashed, lost its connection, or rejected it)
 *   goes to the dead-letter exchange instead, so it is delivered at most {@link #DELIVERIES} times;</li>
 * <li>{@code Q.dead}: a fanout exchange and a durable quorum queue bound to it, where those messages go; workers
 *   drain it into the gradebook as failed.</li>
 * </ul>
 * Connections recover on their own (the Java client's automatic connection and topology recovery: the queues and
 * consumers are declared again) after a broker restart or a network cut.
 */
final class Broker {
    static final int DELIVERIES = 3;
    /** RabbitMQ dead-letters a quorum-queue message once it has been returned more than this many times. */
    static final int DELIVERY_LIMIT = DELIVERIES - 1;

    private Broker() {}

    /** A recovering connection to {@code uri}, named so the broker's management shows who it is. */
    static Connection connect(BrokerUri uri, String name) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(uri.uri().host());
        factory.setPort(uri.uri().port());
        factory.setVirtualHost(uri.vhost());
        if (!uri.uri().user().isEmpty()) {
            factory.setUsername(uri.uri().user());
            factory.setPassword(uri.uri().password());
        }
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(1000);
        factory.setRequestedHeartbeat(10);
        factory.setConnectionTimeout(5000);
        return factory.newConnection(name);
    }

    static String deadQueue(String queue) {
        return queue + ".dead";
    }

    /** Declares the work queue, the dead-letter exchange and its queue; the same settings every time. */
    static void declare(Channel channel, String queue) throws IOException {
        String dead = deadQueue(queue);
        try {
            channel.exchangeDeclare(dead, "fanout", true);
            channel.queueDeclare(dead, true, false, false, Map.of("x-queue-type", "quorum"));
            channel.queueBind(dead, dead, "");
            channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum",
                    "x-delivery-limit", DELIVERY_LIMIT, "x-dead-letter-exchange", dead));
        } catch (IOException e) {
            throw new IOException("the broker refused the farm's queues (" + reason(e) + "). If a queue named " + queue
                    + " or " + dead + " already exists with other settings, delete it or name another with ?queue=NAME", e);
        }
    }

    /** The broker's own words for why a channel or connection closed, without the client's stack of wrappers. */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof com.rabbitmq.client.ShutdownSignalException signal && signal.getReason() != null) {
                String text = signal.getReason().toString();
                int at = text.indexOf("reply-text=");
                return at < 0 ? text : text.substring(at + "reply-text=".length()).replaceAll(",.*", "");
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
