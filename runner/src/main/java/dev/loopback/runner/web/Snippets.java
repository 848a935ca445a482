package dev.loopback.runner.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.runner.command.ExitCode;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.scratch.RunCommand;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Run button of a lesson's snippet: {@code run <lesson> <n>} itself (the same JShell engine, the same values), one
 * snippet at a time, its output bounded, and a clear answer when it fails or is still running after the time limit.
 * A snippet that outlives its limit keeps the slot until it ends, so runaway snippets never pile up.
 */
final class Snippets {
    /** The most characters of values (or of a failure) sent back. */
    static final int MAX_OUTPUT = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Semaphore one = new Semaphore(1);
    private final Duration limit;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "loopback-web-snippet");
        thread.setDaemon(true);
        return thread;
    });

    Snippets(Duration limit) {
        this.limit = limit;
    }

    /** The result as {@code {"lesson","snippet","ok","values","message"}}, or empty when another snippet is running. */
    java.util.Optional<ObjectNode> run(Session session, Lesson lesson, int number, String source) {
        if (!one.tryAcquire()) {
            return java.util.Optional.empty();
        }
        Future<Captured> future;
        try {
            future = runner.submit(() -> {
                try {
                    return Captured.run(new RunCommand(), List.of(lesson.number(), String.valueOf(number)), session);
                } finally {
                    one.release();
                }
            });
        } catch (RuntimeException e) {
            one.release();
            throw e;
        }
        ObjectNode result = JSON.createObjectNode().put("lesson", lesson.number()).put("snippet", number);
        try {
            Captured run = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            boolean ok = run.exit() == ExitCode.OK;
            result.put("ok", ok).put("values", bounded(run.out()));
            result.put("message", ok ? "" : bounded(failure(run.err(), source)));
        } catch (TimeoutException e) {
            result.put("ok", false).put("values", "").put("message", "Snippet [run " + number + "] was still running after "
                    + limit.toSeconds() + " s, so its values are not shown. The next Run works once it has ended; in the"
                    + " terminal, 'run " + lesson.number() + " " + number + "' shows it and Ctrl-C stops it.");
        } catch (ExecutionException e) {
            result.put("ok", false).put("values", "").put("message", "The snippet could not be run (" + e.getCause()
                    + "). This is a bug in Loopback, not in the lesson you are reading; please report it.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.put("ok", false).put("values", "").put("message", "Stopped before the snippet ended.");
        }
        return java.util.Optional.of(result);
    }

    /** The command's error text without its echo of the snippet (a heading line, then the source): the failures only. */
    private static String failure(String err, String source) {
        List<String> lines = err.lines().toList();
        int echo = 1 + (int) source.lines().count();
        return String.join("\n", lines.subList(Math.min(echo, lines.size()), lines.size())).strip();
    }

    private static String bounded(String text) {
        return text.length() <= MAX_OUTPUT ? text : text.substring(0, MAX_OUTPUT) + "\n... (cut at " + MAX_OUTPUT + " characters)";
    }

    void close() {
        runner.shutdownNow();
    }
}
