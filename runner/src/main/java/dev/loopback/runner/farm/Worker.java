package dev.loopback.runner.farm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import dev.loopback.grader.Workspace;
import dev.loopback.runner.instructor.Graded;
import dev.loopback.runner.instructor.Grading;
import dev.loopback.runner.instructor.SourceHash;
import dev.loopback.runner.instructor.Submission;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A farm worker: takes submissions from the queue ({@code jobs} at a time, the prefetch), grades each exactly as
 * {@code submit} does, upserts the result into the gradebook and only then acknowledges the message. What it
 * cannot do is handed back to the broker, never dropped:
 * <ul>
 * <li>a message whose hidden-tests hash is not this checkout's is republished to the queue's tail (then acked),
 *   after a pause, for a worker that matches; not nacked, because a quorum queue counts a requeue as a delivery
 *   and would dead-letter a healthy submission after three mismatched workers;</li>
 * <li>when the grader itself throws, the message is nacked back to the queue; on its third delivery it is recorded
 *   as failed with the reason and rejected, so the broker dead-letters it and it never blocks the queue;</li>
 * <li>while the database is down, the worker retries its write and does not ack until it succeeds;</li>
 * <li>when the worker dies, the broker redelivers what it held (unacked) to another worker.</li>
 * </ul>
 */
final class Worker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BrokerUri broker;
    private final Gradebook gradebook;
    private final Workspace course;
    private final Grading grading;
    private final int jobs;
    private final String name;
    private final PrintWriter log;
    private final Path work;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private ExecutorService pool;
    private Connection connection;
    private Channel channel;
    private Channel publisher;
    private String consumerTag;

    /**
     * A worker named {@code name} (log lines and the gradebook say which worker graded what); {@code grading} opens
     * the grader over a state folder of the worker's own (builds, compiled hidden tests), removed when it stops.
     */
    Worker(BrokerUri broker, DatabaseUri database, Workspace course, Function<Path, Grading> grading, int jobs, String name,
           PrintWriter log) {
        this.broker = broker;
        this.gradebook = new Gradebook(database);
        this.course = course;
        this.jobs = jobs;
        this.name = name;
        this.log = log;
        try {
            this.work = Files.createTempDirectory("loopback-worker-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            this.grading = grading.apply(work.resolve("state"));
        } catch (RuntimeException e) {
            delete(work);
            throw e;
        }
    }

    String name() {
        return name;
    }

    /** Migrates the gradebook, connects, declares the queues and starts consuming; returns at once. */
    void start() throws IOException, TimeoutException, SQLException {
        gradebook.migrate();
        pool = Executors.newFixedThreadPool(jobs, runnable -> new Thread(runnable, "loopback-worker"));
        connection = Broker.connect(broker, "loopback worker " + name);
        connection.addShutdownListener(cause -> {
            if (!cause.isInitiatedByApplication()) {
                say("broker connection lost (" + Broker.reason(cause) + "); reconnecting on its own");
            }
        });
        ((Recoverable) connection).addRecoveryListener(new RecoveryListener() {
            @Override public void handleRecovery(com.rabbitmq.client.Recoverable recoverable) {
                say("broker connection recovered; consuming " + broker.queue() + " again");
            }

            @Override public void handleRecoveryStarted(com.rabbitmq.client.Recoverable recoverable) {}
        });
        channel = connection.createChannel();
        Broker.declare(channel, broker.queue());
        channel.basicQos(jobs);
        publisher = connection.createChannel();
        publisher.confirmSelect();
        Channel dead = connection.createChannel();
        dead.basicQos(1);
        dead.basicConsume(Broker.deadQueue(broker.queue()), false, "dead " + name, new DefaultConsumer(dead) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                deadLettered(dead, envelope.getDeliveryTag(), properties);
            }
        });
        consumerTag = channel.basicConsume(broker.queue(), false, "grade " + name, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                pool.execute(() -> {
                    try {
                        handle(envelope.getDeliveryTag(), properties, body);
                    } catch (RuntimeException e) {
                        // Never leave a message unacknowledged (it would hold a prefetch slot until the worker stops).
                        say("could not handle a message (" + Printable.of(firstLine(e.getMessage()), 200)
                                + "); handed back to the queue");
                        nack(envelope.getDeliveryTag());
                    }
                });
            }
        });
        say("consuming " + broker + " with " + jobs + (jobs == 1 ? " job" : " jobs") + "; gradebook "
                + gradebook.describe());
    }

    /** Stops taking submissions, finishes those it holds (or hands them back), closes; returns when done. */
    void stop() {
        synchronized (stopped) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        try {
            if (channel != null && channel.isOpen()) {
                channel.basicCancel(consumerTag);
            }
        } catch (IOException | AlreadyClosedException e) {
            // Closing the connection below cancels the consumer anyway.
        }
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (connection != null) {
                connection.close(5000);
            }
        } catch (IOException | AlreadyClosedException e) {
            // Already gone: the broker hands back whatever was not acked.
        }
        delete(work);
        say("stopped");
        stopped.countDown();
    }

    /** Waits until {@link #stop} has finished (a second call to stop returns at once and does not wait). */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    private void handle(long tag, AMQP.BasicProperties properties, byte[] body) {
        GradeMessage message;
        try {
            message = GradeMessage.received(properties, body);
        } catch (IllegalArgumentException e) {
            say("refused a message that is not a valid submission (" + e.getMessage() + "); dead-lettered");
            reject(tag);
            return;
        }
        GradeKey key = message.key();
        if (!Files.isRegularFile(course.graderExercises().resolve(key.exercise()).resolve("exercise.json"))) {
            handBack(tag, message, "this checkout has no exercise " + key.exercise());
            return;
        }
        String local = testsHash(key.exercise());
        if (!local.equals(key.testsHash())) {
            handBack(tag, message, "this checkout's hidden tests for " + key.exercise() + " (hash " + local.substring(0, 12)
                    + ") differ from the publisher's (" + key.testsHash().substring(0, 12) + ")");
            return;
        }
        long delivery = GradeMessage.previousDeliveries(properties) + 1;
        Path dir = work.resolve("submissions").resolve(UUID.randomUUID().toString());
        long start = System.nanoTime();
        try {
            // The archive is checked, and its hash verified, before anything is written under its key.
            String refusal = null;
            try {
                SubmissionArchive.unpack(message.archive(), packageOf(key.exercise()), dir);
                String actual = SubmissionArchive.sourcesHash(dir);
                if (!actual.equals(key.sourcesHash())) {
                    refusal = "its sources do not match the sources hash in its message (" + key.sourcesHash().substring(0, 12)
                            + " claimed, " + actual.substring(0, 12) + " received), so no grade is stored under it: a "
                            + "corrupted or forged message. grade-all sends the learner's real sources again on its next run";
                }
            } catch (SubmissionArchive.Refused e) {
                refusal = "its sources were refused: " + e.getMessage();
            } catch (RuntimeException e) {
                graderFailed(tag, key, delivery, e);
                return;
            }
            if (refusal != null) {
                String reason = refusal;
                retrying(() -> { gradebook.fail(key, reason, name); return null; });
                say(key.label() + ": refused: " + reason + "; recorded as failed and dead-lettered");
                reject(tag);
                return;
            }
            OptionalInt begun = retrying(() -> gradebook.begin(key, name));
            if (begun.isEmpty()) {
                say(key.label() + ": already graded (a redelivery); acknowledged without grading it again");
                ack(tag);
                return;
            }
            Graded graded;
            try {
                graded = grading.grade(new Submission(key.learner(), key.exercise(), dir));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                graderFailed(tag, key, delivery, e);
                return;
            }
            boolean stored = retrying(() -> gradebook.finish(key, graded, name));
            ack(tag);
            say(key.label() + ": " + summary(graded) + " in " + seconds(start) + " (delivery " + delivery + ")"
                    + (stored ? "" : "; another delivery had already stored it, so this result was not"));
        } catch (Abandoned e) {
            say(key.label() + ": stopping before its result could be stored; handed back to the queue");
        } finally {
            delete(dir);
        }
    }

    private void graderFailed(long tag, GradeKey key, long delivery, Throwable e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines()
                .findFirst().orElse(""));
        if (delivery >= Broker.DELIVERIES) {
            String detail = "the grader failed on each of " + Broker.DELIVERIES + " deliveries: " + reason;
            retrying(() -> { gradebook.fail(key, detail, name); return null; });
            say(key.label() + ": " + detail + "; recorded as failed and dead-lettered");
            reject(tag);
        } else {
            String detail = "delivery " + delivery + " of " + Broker.DELIVERIES + ": the grader failed: " + reason;
            retrying(() -> { gradebook.note(key, detail); return null; });
            say(key.label() + ": " + detail + "; handed back to the queue");
            nack(tag);
        }
    }

    /** Republishes a message this checkout must not grade to the queue's tail, then acks the original. */
    private void handBack(long tag, GradeMessage message, String why) {
        GradeKey key = message.key();
        say(key.label() + ": refused: " + why + "; handed back for a worker with the publisher's checkout. Update this "
                + "checkout to grade it here.");
        try {
            gradebook.note(key, "waiting for a worker whose hidden tests match the publisher's (" + name + "'s differ)");
        } catch (SQLException e) {
            // Only a note for --status; the message itself is what matters.
        }
        try {
            Thread.sleep(Math.min(5000, 500L * (message.refusals() + 1)));
            GradeMessage again = new GradeMessage(key, message.archive(), message.refusals() + 1);
            synchronized (publisher) {
                publisher.basicPublish("", broker.queue(), again.properties(), again.archive());
                publisher.waitForConfirmsOrDie(30_000);
            }
            ack(tag);
        } catch (IOException | TimeoutException | AlreadyClosedException e) {
            nack(tag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            nack(tag);
        }
    }

    private void deadLettered(Channel dead, long tag, AMQP.BasicProperties properties) {
        try {
            GradeKey key = GradeMessage.key(properties);
            String why = GradeMessage.deathReason(properties);
            String reason = why.equals("delivery_limit")
                    ? "dead-lettered after " + Broker.DELIVERIES + " deliveries: no worker finished grading it (each one "
                    + "ended or lost its broker connection while grading it)"
                    : "dead-lettered by the broker (" + why + ")";
            if (retrying(() -> gradebook.deadLettered(key, reason))) {
                say(key.label() + ": " + reason + "; recorded as failed");
            }
        } catch (IllegalArgumentException e) {
            say("dropped a dead-lettered message that is not a submission (" + e.getMessage() + ")");
        } catch (Abandoned e) {
            return;
        }
        try {
            synchronized (dead) {
                dead.basicAck(tag, false);
            }
        } catch (IOException | AlreadyClosedException e) {
            // Redelivered after recovery and recorded again: the update is idempotent.
        }
    }

    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    @FunctionalInterface
    private interface Write<T> {
        T run() throws SQLException;
    }

    /** Runs {@code write} until it succeeds; throws {@link Abandoned} when the worker stops first. */
    private <T> T retrying(Write<T> write) {
        long pause = 250;
        boolean told = false;
        while (true) {
            try {
                T result = write.run();
                if (told) {
                    say("gradebook reachable again");
                }
                return result;
            } catch (SQLException e) {
                if (!told) {
                    say("gradebook unreachable (" + firstLine(e.getMessage()) + "); retrying until it answers, "
                            + "the submission stays unacknowledged");
                    told = true;
                }
            }
            if (stopping) {
                throw new Abandoned();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Abandoned();
            }
            pause = Math.min(pause * 2, 5000);
        }
    }

    private void ack(long tag) {
        try {
            synchronized (channel) {
                channel.basicAck(tag, false);
            }
        } catch (IOException | AlreadyClosedException e) {
            say("the broker connection dropped before the acknowledgement; the broker will deliver it again, and it is "
                    + "then acknowledged as already graded");
        }
    }

    private void nack(long tag) {
        try {
            synchronized (channel) {
                channel.basicNack(tag, false, true);
            }
        } catch (IOException | AlreadyClosedException e) {
            // The broker hands back unacked messages of a closed channel anyway.
        }
    }

    private void reject(long tag) {
        try {
            synchronized (channel) {
                channel.basicReject(tag, false);
            }
        } catch (IOException | AlreadyClosedException e) {
            // Redelivered after recovery: refused again.
        }
    }

    /** The hash of this checkout's hidden tests and rubric for {@code exercise}, as the publisher computes it. */
    private String testsHash(String exercise) {
        return testsHash(course, exercise);
    }

    static String testsHash(Workspace course, String exercise) {
        return SourceHash.of(List.of(course.graderExercises().resolve(exercise)));
    }

    /** The farm's hash of a submission's sources ({@link SubmissionArchive#sourcesHash}): its .java files, as sent. */
    static String sourcesHash(Path sources) {
        return SubmissionArchive.sourcesHash(sources);
    }

    /** The exercise's package, from its {@code exercise.json}. */
    static String packageOf(Workspace course, String exercise) {
        try {
            String pkg = JSON.readTree(course.graderExercises().resolve(exercise).resolve("exercise.json").toFile())
                    .path("package").asText("");
            if (!pkg.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
                throw new IllegalStateException("exercise " + exercise + " names no valid package in its exercise.json");
            }
            return pkg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String packageOf(String exercise) {
        return packageOf(course, exercise);
    }

    private static String summary(Graded graded) {
        com.fasterxml.jackson.databind.JsonNode json;
        try {
            json = JSON.readTree(graded.json());
        } catch (IOException e) {
            json = JSON.createObjectNode();
        }
        return graded.status().words() + ", " + json.path("score").asInt() + "/" + json.path("maxScore").asInt(100)
                + (graded.detail().isEmpty() ? "" : " (" + graded.detail() + ")");
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
    }

    private static String firstLine(String text) {
        return text == null ? "no reason given" : text.lines().findFirst().orElse("");
    }

    private void say(String line) {
        synchronized (log) {
            log.println("worker " + name + ": " + line);
            log.flush();
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder; the system cleans it eventually.
        }
    }
}
