package dev.loopback.runner.bench;

import dev.loopback.runner.practice.PracticeRun;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code drill 05 --answer-file F --json} in this (fresh) JVM over a copy of the shipped drill: the first command
 * (what a one-shot command pays, counted from its start and from JVM start, the bench's copy of the course left out), then each later command in the same
 * JVM (what the course shell pays once warm). Mode {@code rules} removes the drill's calibration file from the copy,
 * so the drill scores with its rules alone. Prints {@code first_ms=.. uptime_ms=.. later_ms=a,b,..}.
 * Usage (from the runner module's directory): DrillBench <work dir> <answer file> <later commands> calibrated|rules
 */
public final class DrillBench {
    private DrillBench() {}

    public static void main(String... args) throws Exception {
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getUptime();
        Path work = Files.createDirectories(Path.of(args[0]));
        String answer = Path.of(args[1]).toAbsolutePath().toString();
        int later = Integer.parseInt(args[2]);
        PracticeRun run = PracticeRun.in(work);
        if (args[3].equals("rules")) {
            Files.delete(work.resolve("course/drills/05-cold-start.calibration.json"));
        } else if (!args[3].equals("calibrated")) {
            throw new IllegalArgumentException("mode is calibrated or rules, not " + args[3]);
        }
        long start = System.nanoTime();
        check(run.run(List.of(), "drill", "05", "--answer-file", answer, "--json"));
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        long uptimeMs = jvmStartMs + firstMs; // the JVM's start plus the command; copying the course is left out
        List<String> laterMs = new ArrayList<>();
        for (int i = 0; i < later; i++) {
            long t = System.nanoTime();
            check(run.run(List.of(), "drill", "05", "--answer-file", answer, "--json"));
            laterMs.add(String.valueOf((System.nanoTime() - t) / 1_000_000));
        }
        System.out.println("first_ms=" + firstMs + " uptime_ms=" + uptimeMs + " later_ms=" + String.join(",", laterMs));
    }

    private static void check(PracticeRun run) {
        if (run.exitCode != 0 || !run.out.toString().contains("\"criteria\"")) {
            throw new IllegalStateException("drill failed (" + run.exitCode + "):\n" + run.out + run.err);
        }
    }
}
