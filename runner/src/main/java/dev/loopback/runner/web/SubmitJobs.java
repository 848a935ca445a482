package dev.loopback.runner.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.GradeOptions;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.exercise.Criterion;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.grading.SubmitCommand;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Submissions from the browser: one at a time per exercise (a second one while the first runs is refused, never
 * queued behind it), each graded by {@link SubmitCommand#grade} with a listener whose steps the page polls.
 */
final class SubmitJobs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** One exercise's grading: the lock, and the steps of the current (or last) run. */
    private static final class Job implements ProgressListener {
        final ReentrantLock lock = new ReentrantLock();
        private ArrayNode events = JSON.createArrayNode();
        private volatile boolean running;
        private long generation;

        synchronized void start() {
            events = JSON.createArrayNode();
            running = true;
            generation++;
            notifyAll();
        }

        synchronized void finish() {
            running = false;
            notifyAll();
        }

        /**
         * Streams the steps of the next run (started after {@code since}) to {@code sink} as they happen, until it ends;
         * false when no run started within {@code waitMillis}. The sink is written outside the lock, so a slow reader
         * never holds up the grading.
         */
        boolean follow(long since, long waitMillis, Sink sink) throws InterruptedException, java.io.IOException {
            long mine;
            synchronized (this) {
                long deadline = System.currentTimeMillis() + waitMillis;
                while (generation == since) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        return false;
                    }
                    wait(left);
                }
                mine = generation;
            }
            int sent = 0;
            while (true) {
                java.util.List<String> fresh = new java.util.ArrayList<>();
                boolean over;
                synchronized (this) {
                    while (sent + fresh.size() >= events.size() && running && generation == mine) {
                        wait(1000);
                    }
                    if (generation != mine) {
                        return true;
                    }
                    for (int i = sent; i < events.size(); i++) {
                        fresh.add(events.get(i).toString());
                    }
                    over = !running;
                }
                for (String event : fresh) {
                    sink.event(event);
                }
                sent += fresh.size();
                if (over) {
                    return true;
                }
            }
        }

        synchronized long generation() {
            return generation;
        }

        @Override public synchronized void compiling(String exercise) {
            events.addObject().put("step", "compiling").put("text", "Compiling " + exercise + "...");
            notifyAll();
        }

        @Override public synchronized void running() {
            events.addObject().put("step", "running").put("text", "Running the hidden tests in the sandbox...");
            notifyAll();
        }

        @Override public synchronized void criterionFinished(Criterion criterion, int passed, int total) {
            events.addObject().put("step", "criterion").put("id", criterion.id()).put("title", criterion.title())
                    .put("passed", passed).put("total", total)
                    .put("text", (passed == total ? "PASS " : "FAIL ") + criterion.title() + " (" + passed + "/" + total + " tests)");
            notifyAll();
        }

        @Override public synchronized void notice(String message) {
            events.addObject().put("step", "notice").put("text", message);
            notifyAll();
        }

        synchronized ObjectNode status(String exercise) {
            ObjectNode status = JSON.createObjectNode().put("exercise", exercise).put("running", running);
            status.set("events", events.deepCopy());
            return status;
        }
    }

    /** Grades {@code id} now, or empty when it is already being graded. */
    Optional<GradeResult> submit(Session session, String id) {
        Job job = jobs.computeIfAbsent(id, key -> new Job());
        if (!job.lock.tryLock()) {
            return Optional.empty();
        }
        try {
            job.start();
            return Optional.of(SubmitCommand.grade(session, id, new GradeOptions(false, true, null), job));
        } finally {
            job.finish();
            job.lock.unlock();
        }
    }

    /** {@code {"exercise","running","events":[{"step","text",...}]}} for the current or last run. */
    String status(String id) {
        Job job = jobs.get(id);
        return job == null ? JSON.createObjectNode().put("exercise", id).put("running", false).set("events",
                JSON.createArrayNode()).toString() : job.status(id).toString();
    }

    /** Where {@link #follow} writes each step (one JSON object). */
    interface Sink {
        void event(String json) throws java.io.IOException;
    }

    /** The generation of {@code id}'s runs now: a stream opened now follows the next run after it. */
    long generation(String id) {
        return jobs.computeIfAbsent(id, key -> new Job()).generation();
    }

    /** Follows the next run of {@code id} after {@code since}; false when none started within {@code waitMillis}. */
    boolean follow(String id, long since, long waitMillis, Sink sink) throws InterruptedException, java.io.IOException {
        return jobs.computeIfAbsent(id, key -> new Job()).follow(since, waitMillis, sink);
    }

    static String busy(String id) {
        return id + " is already being graded (a submit from this browser is still running); wait for its report, then submit again.";
    }
}
