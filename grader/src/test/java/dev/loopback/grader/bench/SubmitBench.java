package dev.loopback.grader.bench;

import dev.loopback.grader.GradeOptions;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.Grader;
import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times submit-to-report in this JVM and prints milliseconds. Modes: {@code oneshot} (the first submit
 * of a fresh JVM with nothing started ahead, like a one-shot {@code submit} command); {@code cold} (the
 * first submit of a runner whose shell has been open for 2 s: spares on, the exercise prepared);
 * {@code warm N PAUSE_MS} (spares on; N + 9 submits with PAUSE_MS between them, the median of the
 * 10th and later). Arguments: mode, repo root, exercise, sources folder, state folder, [N, PAUSE_MS].
 */
public final class SubmitBench {
    private SubmitBench() {}

    public static void main(String[] args) throws InterruptedException {
        Workspace workspace = Workspace.at(Path.of(args[1])).withState(Path.of(args[4]));
        Grader grader = new Grader(workspace);
        Path sources = Path.of(args[3]);
        String exercise = args[2];
        if (args[0].equals("oneshot")) {
            System.out.println(time(grader, exercise, sources));
            return;
        }
        Grader.keepSparesWarm(true);
        grader.prepare(exercise);
        if (args[0].equals("cold")) {
            Thread.sleep(2000); // the learner reads the shell's banner: the benchmark's model of a shell open for 2 s
            System.out.println(time(grader, exercise, sources));
            return;
        }
        int runs = Integer.parseInt(args[5]);
        long pause = Long.parseLong(args[6]);
        List<Long> times = new ArrayList<>();
        for (int i = 1; i < 10 + runs; i++) {
            Thread.sleep(pause); // the learner edits between submits
            long millis = time(grader, exercise, sources);
            if (i >= 10) {
                times.add(millis);
            }
        }
        times.sort(null);
        System.out.println(String.format(Locale.ROOT, "%d", times.get(times.size() / 2)));
        Grader.keepSparesWarm(false);
    }

    private static long time(Grader grader, String exercise, Path sources) {
        long start = System.nanoTime();
        GradeResult result = grader.grade(exercise, sources, GradeOptions.DEFAULT, ProgressListener.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!result.passed()) {
            throw new IllegalStateException("the benchmark's submission did not pass: " + result.score());
        }
        return millis;
    }
}
