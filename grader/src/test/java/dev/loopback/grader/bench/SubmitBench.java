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
 * Times submit-to-report in this JVM: {@code first} prints the first submit's milliseconds (run it
 * in a fresh JVM for a cold figure); {@code warm N} submits N + 9 times and prints the median of
 * the 10th and later. Arguments: mode, repo root, exercise, sources folder, state folder, [N].
 */
public final class SubmitBench {
    private SubmitBench() {}

    public static void main(String[] args) {
        Workspace workspace = Workspace.at(Path.of(args[1])).withState(Path.of(args[4]));
        Grader grader = new Grader(workspace);
        Path sources = Path.of(args[3]);
        if (args[0].equals("first")) {
            System.out.println(time(grader, args[2], sources));
            return;
        }
        int runs = Integer.parseInt(args[5]);
        List<Long> times = new ArrayList<>();
        for (int i = 1; i < 10 + runs; i++) {
            long millis = time(grader, args[2], sources);
            if (i >= 10) {
                times.add(millis);
            }
        }
        times.sort(null);
        System.out.println(String.format(Locale.ROOT, "%d", times.get(times.size() / 2)));
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
