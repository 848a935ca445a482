package dev.loopback.grader.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopback.grader.exercise.Limits;
import dev.loopback.grader.rubric.TestOutcome.Status;
import dev.loopback.grader.sandbox.SandboxRun;
import java.util.ArrayList;
import java.util.List;

/** Each planned test's outcome, given the result lines and how the sandbox JVM ended. */
public final class Outcomes {
    static final String NOT_RUN = "Not run: the test run ended before this test started.";

    private Outcomes() {}

    /** Outcomes in plan order; a test cut short by the end of the JVM fails with the reason; {@code lesson} is the exercise's. */
    public static List<TestOutcome> of(RunEvents events, SandboxRun run, Limits limits, LessonLink lesson) {
        List<TestOutcome> outcomes = new ArrayList<>();
        String cutShort = cutShort(events, run, limits);
        for (RunEvents.Planned test : events.planned()) {
            JsonNode failure = test.failure != null ? test.failure : events.containerFailure(test).orElse(null);
            outcomes.add(outcome(test, failure, cutShort, limits, lesson));
        }
        return outcomes;
    }

    /** Why the run ended early, for the learner, or null when it ended normally. */
    public static String cutShort(RunEvents events, SandboxRun run, Limits limits) {
        if (run instanceof SandboxRun.TimedOut timedOut) {
            return "The whole test run passed its limit of " + timedOut.seconds()
                    + " s while this test ran, so the sandbox was stopped. Something in your code never returns and "
                    + "ignores interruption (a busy loop, or a blocking call without a timeout).";
        }
        return run instanceof SandboxRun.Crashed crashed ? crashed(events, crashed, limits) : null;
    }

    private static String crashed(RunEvents events, SandboxRun.Crashed crashed, Limits limits) {
        if (events.limit().filter(l -> l.startsWith("threads")).isPresent()) {
            return "Your code started more than " + limits.threads() + " threads, so the sandbox was stopped. Every "
                    + "thread costs memory and a kernel task; use a bounded pool (an ExecutorService) instead of a "
                    + "thread per connection.";
        }
        if (events.planned().isEmpty()) {
            String said = crashed.output().stderr().strip();
            return "The sandbox JVM ended before it ran any test (exit status " + crashed.exitStatus() + "). This is a "
                    + "problem with the grader on this machine, not with your code"
                    + (said.isEmpty() ? "." : ": " + said.substring(0, Math.min(300, said.length())));
        }
        if (nativeMemory(crashed)) {
            return "Your code used more memory outside the heap (threads, direct buffers, native allocations) than the "
                    + "sandbox allows, so the JVM could not go on and the remaining tests could not run. Hold fewer "
                    + "buffers and threads at once.";
        }
        if (events.fatal().isPresent()) {
            return "The grader's test agent failed (" + events.fatal().get() + "). This is not your fault; please report it.";
        }
        return "Your code ended the JVM while this test ran (exit status " + crashed.exitStatus() + "; System.exit or "
                + "Runtime.halt?), so the remaining tests could not run. A library method should return a value or "
                + "throw an exception, never end the process it runs in.";
    }

    private static boolean nativeMemory(SandboxRun.Crashed crashed) {
        String said = crashed.output().stdout() + crashed.output().stderr();
        return said.contains("insufficient memory for the Java Runtime Environment")
                || said.contains("Native memory allocation");
    }

    private static TestOutcome outcome(RunEvents.Planned test, JsonNode failure, String cutShort, Limits limits,
            LessonLink lesson) {
        if (failure != null && !test.passed()) {
            JsonNode f = failure;
            String message = test.stuckIn != null ? Explain.stuckInitializer(test.stuckIn, limits)
                    : Explain.failure(f.path("exception").asText(), text(f, "message"), text(f, "cause"),
                            text(f, "causeMessage"), limits, lesson);
            List<String> frames = new ArrayList<>();
            f.path("frames").forEach(frame -> frames.add(frame.asText()));
            return new TestOutcome(test.id, test.name, test.tags, Status.FAILED, message, frames);
        }
        if (test.finished) {
            return new TestOutcome(test.id, test.name, test.tags, Status.PASSED, null, List.of(), test.measurements);
        }
        if (test.settledBy != null) {
            return new TestOutcome(test.id, test.name, test.tags, Status.NOT_RUN, settled(test.settledBy), List.of());
        }
        if (test.started && cutShort != null) {
            return new TestOutcome(test.id, test.name, test.tags, Status.ENDED, cutShort, List.of());
        }
        return new TestOutcome(test.id, test.name, test.tags, Status.NOT_RUN, NOT_RUN, List.of());
    }

    /** Why a test was settled without running (see {@link RunEvents#settleFailedCriteria}). */
    static String settled(String timedOutTest) {
        return "Not run: this criterion had already failed, " + timedOutTest + " timed out.";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
