package dev.loopback.grader.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.exercise.Criterion;
import dev.loopback.grader.exercise.Rubric;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The agent's result lines, folded into one state per planned test method; invocations of a
 * parameterised or repeated test count towards the method that owns them.
 */
public final class RunEvents implements Consumer<String> {
    private static final int MAX_STUCK_INITIALIZERS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Planned> planned = new LinkedHashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, JsonNode> containerFailures = new HashMap<>();
    private final Consumer<Planned> onFinished;
    private String limit;
    private int testTimeouts;
    private final Set<String> stuckInitializers = new TreeSet<>();
    private String fatal;
    private Planned lastEnded;

    /** One hidden test method as the agent saw it; {@code failure} is the first thing that failed in it. */
    public static final class Planned {
        final String id;
        final String name;
        final List<String> tags;
        boolean started;
        boolean finished;
        JsonNode failure;
        boolean timedOut;
        /** The learner class whose static initializer this timed-out test's thread was stuck in, or null. */
        String stuckIn;
        /** The timed-out test whose all-or-nothing criterion had already failed, so this one was not run; or null. */
        String settledBy;
        final Map<String, Double> measurements = new LinkedHashMap<>();

        Planned(String id, String name, List<String> tags) {
            this.id = id;
            this.name = name;
            this.tags = tags;
        }

        public List<String> tags() {
            return tags;
        }

        public boolean passed() {
            return finished && failure == null;
        }
    }

    public RunEvents(Consumer<Planned> onFinished) {
        this.onFinished = onFinished;
    }

    @Override
    public synchronized void accept(String line) {
        JsonNode event;
        try {
            event = JSON.readTree(line);
        } catch (IOException e) {
            return;
        }
        switch (event.path("e").asText()) {
            case "plan" -> plan(event);
            case "start" -> start(event);
            case "end" -> end(event);
            case "measure" -> measure(event);
            case "limit" -> limit(event);
            case "stuck-initializer" -> stuckInitializer(event.path("class").asText());
            case "fatal" -> fatal = event.path("exception").asText() + ": " + event.path("message").asText();
            default -> { }
        }
    }

    /** A learner class name as the JVM writes it, bounded: anything else on the channel is ignored. */
    private void stuckInitializer(String className) {
        if (stuckInitializers.size() < MAX_STUCK_INITIALIZERS
                && className.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*){0,40}")
                && className.length() <= 300) {
            stuckInitializers.add(className);
            if (lastEnded != null && lastEnded.stuckIn == null) {
                lastEnded.stuckIn = className; // reported right after the timed-out test's end, before its timeout
            }
        }
    }

    private void limit(JsonNode event) {
        limit = event.path("kind").asText() + ":" + event.path("value").asText();
        if (event.path("kind").asText().equals("test-timeout")) {
            testTimeouts++;
            if (lastEnded != null) {
                lastEnded.timedOut = true; // the agent reports the timeout right after that test's end, then halts
            }
        }
    }

    private void plan(JsonNode event) {
        if (planned.containsKey(event.path("id").asText())) {
            return; // planned again by a sandbox that continues the same submission: keep what is known
        }
        List<String> tags = new ArrayList<>();
        event.path("tags").forEach(t -> tags.add(t.asText()));
        planned.put(event.path("id").asText(), new Planned(event.path("id").asText(), event.path("name").asText(), tags));
        if (!event.path("parent").isNull() && !event.path("parent").isMissingNode()) {
            parents.put(event.path("id").asText(), event.path("parent").asText());
        }
    }

    /** A number the test published (the agent bounds their count and keys); kept per planned test, at most 32 each. */
    private void measure(JsonNode event) {
        owner(event.path("id").asText()).ifPresent(test -> {
            String key = event.path("key").asText();
            if (event.path("value").isNumber() && key.matches("[a-z0-9-]{1,40}")
                    && (test.measurements.size() < 32 || test.measurements.containsKey(key))) {
                test.measurements.put(key, event.path("value").asDouble());
            }
        });
    }

    private void start(JsonNode event) {
        if (!event.path("parent").isNull()) {
            parents.put(event.path("id").asText(), event.path("parent").asText());
        }
        owner(event.path("id").asText()).ifPresent(p -> p.started = true);
    }

    private void end(JsonNode event) {
        String id = event.path("id").asText();
        Optional<Planned> owner = owner(id);
        if (owner.isEmpty()) {
            containerFailures.put(id, event);
            return;
        }
        Planned test = owner.get();
        lastEnded = test;
        String status = event.path("status").asText();
        if (!status.equals("SUCCESSFUL") && !status.equals("SKIPPED") && test.failure == null) {
            test.failure = event;
        }
        if (test.id.equals(id)) {
            test.finished = !status.equals("SKIPPED");
            if (test.finished) {
                onFinished.accept(test);
            }
        }
    }

    private Optional<Planned> owner(String id) {
        for (String at = id; at != null; at = parents.get(at)) {
            if (planned.containsKey(at)) {
                return Optional.of(planned.get(at));
            }
        }
        return Optional.empty();
    }

    /** The unique ids of the planned tests that finished (passed or failed), for a sandbox that continues the run. */
    public synchronized Set<String> finishedIds() {
        Set<String> ids = new HashSet<>();
        planned.values().stream().filter(p -> p.finished).forEach(p -> ids.add(p.id));
        return ids;
    }

    /** Whether a planned test has not finished yet and is still to run (see {@link #settleFailedCriteria}). */
    public synchronized boolean anyUnfinished() {
        return planned.values().stream().anyMatch(p -> !p.finished && p.settledBy == null);
    }

    /**
     * After a test passed its per-test timeout: an all-or-nothing criterion (not proportional) with a timed-out test has
     * failed whatever its other tests do, so those not finished yet are settled as not run instead of each waiting out
     * its own timeout; the score is the same. Returns the ids a sandbox that continues the run skips: the finished tests
     * and the settled ones.
     */
    public synchronized Set<String> settleFailedCriteria(Rubric rubric) {
        Map<String, Planned> timedOutIn = new HashMap<>();
        for (Planned test : planned.values()) {
            if (test.timedOut) {
                criterion(test, rubric).filter(c -> !c.proportional())
                        .ifPresent(c -> timedOutIn.putIfAbsent(c.id(), test));
            }
        }
        Set<String> skip = new HashSet<>();
        for (Planned test : planned.values()) {
            if (!test.finished && test.settledBy == null) {
                criterion(test, rubric).map(c -> timedOutIn.get(c.id())).ifPresent(by -> test.settledBy = by.name);
            }
            if (test.finished || test.settledBy != null) {
                skip.add(test.id);
            }
        }
        return skip;
    }

    private static Optional<Criterion> criterion(Planned test, Rubric rubric) {
        return test.tags.stream().map(rubric::criterion).flatMap(Optional::stream).findFirst();
    }

    /** How many planned tests carry {@code tag}. */
    public synchronized long plannedWith(String tag) {
        return planned.values().stream().filter(p -> p.tags.contains(tag)).count();
    }

    synchronized List<Planned> planned() {
        return List.copyOf(planned.values());
    }

    /** The failure of a class (or other container) holding {@code test}, when one failed before the test could run. */
    synchronized Optional<JsonNode> containerFailure(Planned test) {
        for (String at = parents.get(test.id); at != null; at = parents.get(at)) {
            if (containerFailures.containsKey(at)) {
                return Optional.of(containerFailures.get(at));
            }
        }
        return Optional.empty();
    }

    /**
     * The learner classes whose static initializer the agent saw run out most of a per-test limit on a timed-out
     * test's thread (sealed events, at most 16): a sandbox that continues the submission stops a test entering one.
     */
    public synchronized Set<String> stuckInitializers() {
        return Set.copyOf(stuckInitializers);
    }

    /**
     * How many per-test timeouts the agent has reported on its sealed channel so far. The exit status that follows one
     * is no evidence by itself: learner code can exit with any status.
     */
    public synchronized int testTimeouts() {
        return testTimeouts;
    }

    synchronized Optional<String> limit() {
        return Optional.ofNullable(limit);
    }

    synchronized Optional<String> fatal() {
        return Optional.ofNullable(fatal);
    }
}
