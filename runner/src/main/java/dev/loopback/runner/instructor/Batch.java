package dev.loopback.runner.instructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Grades submissions on {@code jobs} threads, reusing a stored grade when the sources hash is
 * unchanged; a submission that breaks the grader becomes a "crashed" row (not stored, so the next
 * run tries it again), never the end of the batch. As a job starts a submission, the grading is told
 * which one to regrade {@code jobs} places further on, the one likely to start when a job is next free,
 * so its sandbox can start ahead (at most {@code jobs} wait at a time).
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
            List<Known> known = submissions.stream().map(this::known).toList();
            List<Submission> regraded = known.stream().filter(Known::regraded).map(Known::submission).toList();
            List<Future<Row>> futures = new ArrayList<>();
            int regrading = 0;
            for (Known submission : known) {
                int next = submission.regraded() ? regrading++ + jobs : -1;
                Runnable ahead = next >= 0 && next < regraded.size() ? () -> prepare(regraded.get(next)) : () -> { };
                futures.add(pool.submit(() -> progress.done(one(submission, ahead))));
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

    /** A submission with its sources hash and its stored grade if that hash is unchanged; the hash is null when it failed. */
    private record Known(Submission submission, String hash, Optional<Graded> stored, Throwable failure) {
        /** Whether this run grades it: its sources hash is known and no grade is stored for it. */
        boolean regraded() {
            return hash != null && stored.isEmpty();
        }
    }

    private Known known(Submission submission) {
        try {
            String hash = hasher.apply(submission);
            return new Known(submission, hash, store.unchanged(submission, hash), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Known(submission, null, Optional.empty(), e);
        }
    }

    private void prepare(Submission next) {
        try {
            grading.prepare(next);
        } catch (RuntimeException e) {
            // Only a head start: that submission starts its own sandbox.
        }
    }

    private Row one(Known known, Runnable ahead) {
        Submission submission = known.submission();
        long start = System.nanoTime();
        try {
            if (known.failure() != null) {
                return new Row(submission, crashed(submission, known.failure(), start), true);
            }
            if (known.stored().isPresent()) {
                return new Row(submission, known.stored().get(), false);
            }
            String hash = known.hash();
            ahead.run();
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
