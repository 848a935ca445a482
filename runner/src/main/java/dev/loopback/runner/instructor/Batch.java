package dev.loopback.runner.instructor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Grades submissions on {@code jobs} threads, reusing a stored grade when the sources hash is
 * unchanged; a submission that breaks the grader becomes a "crashed" row (not stored, so the next
 * run tries it again), never the end of the batch.
 */
final class Batch {
    private final Grading grading;
    private final GradeStore store;
    private final Function<Submission, String> hasher;
    private final int jobs;

    Batch(Grading grading, GradeStore store, Function<Submission, String> hasher, int jobs) {
        this.grading = grading;
        this.store = store;
        this.hasher = hasher;
        this.jobs = jobs;
    }

    /** One row per submission, in the order given; {@code progress} hears of each as it finishes. */
    List<Row> run(List<Submission> submissions, ProgressBar progress) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "grade-all");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Row>> futures = new ArrayList<>();
            for (Submission submission : submissions) {
                futures.add(pool.submit(() -> progress.done(one(submission))));
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                rows.add(await(futures.get(i), submissions.get(i)));
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private Row one(Submission submission) {
        long start = System.nanoTime();
        try {
            String hash = hasher.apply(submission);
            var stored = store.unchanged(submission, hash);
            if (stored.isPresent()) {
                return new Row(submission, stored.get(), false);
            }
            Graded graded = grading.grade(submission);
            store.save(submission, hash, graded);
            return new Row(submission, graded, true);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Row(submission, crashed(submission, e, start), true);
        }
    }

    private static Graded crashed(Submission submission, Throwable e, long start) {
        String detail = "the grader could not grade it: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return Graded.ungraded(submission.exercise(), detail, (System.nanoTime() - start) / 1_000_000);
    }

    private static Row await(Future<Row> future, Submission submission) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grade-all was interrupted at " + submission.label(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("grade-all failed at " + submission.label(), e.getCause());
        }
    }
}
