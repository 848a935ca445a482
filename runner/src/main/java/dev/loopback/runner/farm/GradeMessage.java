package dev.loopback.runner.farm;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.LongString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One submission on the queue: its {@link GradeKey} in the headers and its sources ({@link SubmissionArchive}) as
 * the body; persistent. {@code refusals} counts workers that handed it back because their hidden tests differed.
 */
record GradeMessage(GradeKey key, byte[] archive, int refusals) {
    static final String TYPE = "loopback.grade.v1";

    /** The message's properties: persistent, typed, with the key in the headers. */
    AMQP.BasicProperties properties() {
        Map<String, Object> headers = new HashMap<>();
        headers.put("class", key.classId());
        headers.put("learner", key.learner());
        headers.put("exercise", key.exercise());
        headers.put("sources-hash", key.sourcesHash());
        headers.put("tests-hash", key.testsHash());
        headers.put("refusals", refusals);
        return new AMQP.BasicProperties.Builder().deliveryMode(2).contentType("application/zip").type(TYPE)
                .messageId(key.id()).headers(headers).build();
    }

    /** The key of a received message; throws {@link IllegalArgumentException} naming what is missing or wrong. */
    static GradeKey key(AMQP.BasicProperties properties) {
        if (!TYPE.equals(properties.getType())) {
            throw new IllegalArgumentException("not a grading message (type '" + Printable.of(properties.getType(), 60) + "', expected "
                    + TYPE + ")");
        }
        Map<String, Object> headers = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        return new GradeKey(text(headers, "class"), text(headers, "learner"), text(headers, "exercise"),
                text(headers, "sources-hash"), text(headers, "tests-hash"));
    }

    /** A received message, checked: its key and a body of at most 1 MiB (unpacking checks the rest). */
    static GradeMessage received(AMQP.BasicProperties properties, byte[] body) {
        GradeKey key = key(properties);
        if (body == null || body.length > SubmissionArchive.MAX_BYTES) {
            throw new IllegalArgumentException("the archive is missing or larger than 1 MiB");
        }
        Object refusals = properties.getHeaders() == null ? null : properties.getHeaders().get("refusals");
        return new GradeMessage(key, body, refusals instanceof Number n ? Math.max(0, Math.min(n.intValue(), 1_000_000)) : 0);
    }

    /** How many times the queue has delivered this message before (RabbitMQ's quorum-queue header), 0 the first time. */
    static long previousDeliveries(AMQP.BasicProperties properties) {
        Object count = properties.getHeaders() == null ? null : properties.getHeaders().get("x-delivery-count");
        return count instanceof Number n ? n.longValue() : 0;
    }

    /**
     * Why the broker dead-lettered a message, from its {@code x-death} header: one of RabbitMQ's reasons
     * ("delivery_limit", "rejected", "expired", "maxlen"), or "unknown" for anything else (the header is the sender's
     * text, never echoed).
     */
    static String deathReason(AMQP.BasicProperties properties) {
        Object deaths = properties.getHeaders() == null ? null : properties.getHeaders().get("x-death");
        if (deaths instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> death) {
            String reason = String.valueOf(death.get("reason"));
            if (List.of("delivery_limit", "rejected", "expired", "maxlen").contains(reason)) {
                return reason;
            }
        }
        return "unknown";
    }

    private static String text(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof LongString || value instanceof String) {
            String text = value.toString();
            if (text.length() <= 256) {
                return text;
            }
        }
        throw new IllegalArgumentException("the header '" + name + "' is missing, not text, or too long");
    }
}
