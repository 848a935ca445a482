package dev.loopback.grader.rubric;

import dev.loopback.grader.exercise.Limits;
import dev.loopback.sandbox.Agent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what a test threw into a learner-facing sentence: what happened, why it matters, what to try. */
public final class Explain {
    private static final Pattern JUNIT_EXPECTED = Pattern.compile("\\s*==> expected: <(.*)> but was: <(.*)>$", Pattern.DOTALL);

    private static final Pattern JUNIT_THROWN = Pattern.compile(
            "\\s*==> Unexpected exception type thrown, expected: <(.*)> but was: <(.*)>$", Pattern.DOTALL);
    private static final Pattern JUNIT_NOTHING = Pattern.compile("\\s*==> Expected .* to be thrown, but nothing was thrown\\.?$",
            Pattern.DOTALL);
    private static final Pattern JUNIT_TIMEOUT = Pattern.compile("^[\\w$]+\\(.*\\) timed out after \\d+");
    /** The agent's message for a test it stopped in a static initializer known to run out its limit. */
    private static final Pattern STOPPED_IN_INITIALIZER = Pattern.compile(
            "^" + Pattern.quote(Agent.STOPPED_IN_INITIALIZER) + "([\\p{L}\\p{N}_$.]+),");

    private Explain() {}

    /**
     * The explanation of a failure with exception class {@code type} (and its innermost {@code cause}); a pointer back
     * to the lesson goes to the exercise's own lesson, {@code lesson}.
     */
    public static String failure(String type, String message, String cause, String causeMessage, Limits limits,
            LessonLink lesson) {
        String simple = simple(type);
        Matcher stopped = STOPPED_IN_INITIALIZER.matcher(message == null ? "" : message);
        if (type.equals("java.util.concurrent.TimeoutException") && stopped.find()) {
            return "Stopped as soon as it reached the static initializer of " + simple(stopped.group(1)) + ", which ran "
                    + "for " + limits.perTestSeconds() + " s without finishing in an earlier test: a static block or a "
                    + "static field's set-up runs the first time a class is used, and while it runs nothing can use "
                    + "the class. Make sure static set-up ends quickly, or move it into a constructor or a method.";
        }
        if (type.equals("java.util.concurrent.TimeoutException") || message != null && JUNIT_TIMEOUT.matcher(message).find()) {
            return timeout(limits);
        }
        if (type.endsWith("AssertionFailedError") || type.equals("java.lang.AssertionError")
                || type.endsWith("MultipleFailuresError")) {
            return assertion(message);
        }
        if (type.equals("java.lang.OutOfMemoryError") || "java.lang.OutOfMemoryError".equals(cause)) {
            return outOfMemory(message, limits);
        }
        if (type.equals("java.lang.StackOverflowError")) {
            return "Your code recursed without end (StackOverflowError): a method keeps calling itself and never "
                    + "reaches a case that stops. Check the condition that should end the recursion, or use a loop.";
        }
        if (type.equals("java.lang.ExceptionInInitializerError")) {
            return "A static initializer in your code threw " + simple(cause == null ? type : cause)
                    + (causeMessage == null ? "" : " (" + causeMessage + ")") + ". Static fields are set up the first time "
                    + "a class is used; when that fails the class is unusable for every test. Move risky set-up out of "
                    + "static fields.";
        }
        if (type.equals("java.lang.NoClassDefFoundError") && message != null && message.startsWith("Could not initialize")) {
            return "Your class could not be used because its static initializer failed earlier ("
                    + message + "). Move risky set-up out of static fields.";
        }
        String all = message + " " + causeMessage;
        if (all.contains("Too many open files")) {
            return "Your code ran out of file descriptors (the limit is " + limits.openFiles() + "): every socket and "
                    + "file holds one until it is closed. Close what you open, on the error path too "
                    + "(try-with-resources)." + lesson.see("Too many open files");
        }
        boolean causeSaid = cause == null || message != null && causeMessage != null && message.contains(causeMessage);
        return "Your code threw " + simple + (message == null ? "" : ": " + message)
                + (causeSaid ? "" : " (caused by " + simple(cause) + (causeMessage == null ? "" : ": " + causeMessage) + ")")
                + ". Check how your code handles this input.";
    }

    /** A test that ran out its time inside the static initializer of {@code className}. */
    static String stuckInitializer(String className, Limits limits) {
        return "Did not finish within " + limits.perTestSeconds() + " s: it was still in the static initializer of "
                + simple(className) + " (a static block or a static field's set-up, run the first time the class is "
                + "used). Until it finishes nothing can use the class, so later tests that use it are stopped as soon "
                + "as they reach it. Make sure static set-up ends quickly, or move it into a constructor or a method.";
    }

    static String timeout(Limits limits) {
        return "Did not finish within " + limits.perTestSeconds() + " s: your code may loop forever, or wait for "
                + "something that never happens (a deadlock, or a blocking socket call without a timeout). Make sure "
                + "every loop ends and every blocking call has a timeout.";
    }

    private static String outOfMemory(String message, Limits limits) {
        if (message != null && message.contains("native thread")) {
            return "Your code started so many threads that the JVM could not create another one. Every thread costs "
                    + "memory and a kernel task; use a bounded pool (an ExecutorService) instead of a thread per task.";
        }
        return "Your code ran out of memory (OutOfMemoryError, the heap is limited to " + limits.heapMb() + " MB): "
                + "something keeps growing without bound, like a buffer or a list filled in a loop that never ends.";
    }

    private static String assertion(String message) {
        if (message == null || message.isBlank()) {
            return "A check failed without saying why.";
        }
        Matcher thrown = JUNIT_THROWN.matcher(message);
        if (thrown.find()) {
            return withDetail(message.substring(0, thrown.start()), "It threw " + simple(thrown.group(2)) + " instead.");
        }
        Matcher nothing = JUNIT_NOTHING.matcher(message);
        if (nothing.find()) {
            return withDetail(message.substring(0, nothing.start()), "Nothing was thrown.");
        }
        Matcher m = JUNIT_EXPECTED.matcher(message);
        if (m.find()) {
            return withDetail(message.substring(0, m.start()), "Expected " + m.group(1) + ", got " + m.group(2) + ".");
        }
        return message.strip();
    }

    /** The test's own words with JUnit's detail as a sentence of its own, before any closing lesson pointer. */
    private static String withDetail(String lead, String detail) {
        String text = lead.strip();
        if (text.isEmpty()) {
            return detail;
        }
        int pointer = text.lastIndexOf(" See Lesson ");
        String before = pointer < 0 ? text : text.substring(0, pointer);
        String after = pointer < 0 ? "" : text.substring(pointer);
        String sentence = before.matches("(?s).*[.!?]$") ? before : before + ".";
        return sentence + " " + detail + after;
    }

    /**
     * {@code message} without a closing "See Lesson NN - {@code section}." sentence, for reports that show the
     * criterion's own lesson pointer under it.
     */
    public static String besidePointer(String message, String section) {
        Matcher m = Pattern.compile("\\s*See Lesson \\d+ - " + Pattern.quote(section) + "\\.?\\s*$").matcher(message);
        return m.find() && m.start() > 0 ? message.substring(0, m.start()) : message;
    }

    static String simple(String type) {
        return type == null ? "an error" : type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }
}
