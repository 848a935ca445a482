package dev.loopback.runner.bench;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.command.Session;
import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.LineSource;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.scratch.TryCommand;
import dev.loopback.runner.workbench.ExerciseFiles;
import dev.loopback.runner.workbench.ExerciseSummary;
import dev.loopback.runner.workbench.FileTree;
import dev.loopback.runner.workbench.ShippedCourse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code try pool-sizer} in this (fresh) JVM over the reference solution: the time from running the command to
 * its first value, then the time of each later snippet. Prints {@code first_ms=.. uptime_ms=.. cpu_ms=.. later_ms=a,b,..}.
 * Usage: TryBench <work dir> <later snippet count>
 */
public final class TryBench {
    private TryBench() {}

    /** CPU time this process used so far, all threads (javac, JShell, JIT, GC). */
    private static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    public static void main(String... args) throws Exception {
        Workspace workspace = ShippedCourse.copyTo(Files.createDirectories(Path.of(args[0])));
        ExerciseFiles files = ExerciseFiles.find(workspace, "pool-sizer").orElseThrow();
        FileTree.copy(files.solution(), files.sources());
        List<String> suggestions = ExerciseSummary.read(workspace, files).tryExpressions();
        int later = Integer.parseInt(args[1]);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i <= later; i++) {
            lines.add(i % 3 == 2 ? "var peak" + i + " = PoolSizer.poolMax(" + (1000 + i) + ", Duration.ofMillis(50));"
                    : suggestions.get(i % suggestions.size()));
        }
        List<Long> stamps = new ArrayList<>();
        LineSource timed = prompt -> {
            stamps.add(System.nanoTime());
            return stamps.size() <= lines.size() ? Optional.of(lines.get(stamps.size() - 1)) : Optional.empty();
        };
        StringWriter out = new StringWriter();
        Console console = new Console(new PrintWriter(out), new PrintWriter(new StringWriter()), timed,
                Palette.of(false), 80, false);
        long start = System.nanoTime();
        new TryCommand().run(List.of("pool-sizer"), new Session(workspace, console));
        long uptimeAtEnd = ManagementFactory.getRuntimeMXBean().getUptime();
        long endNanos = System.nanoTime();
        if (out.toString().lines().count() != lines.size()) {
            throw new IllegalStateException("expected " + lines.size() + " values, got:\n" + out);
        }
        List<String> laterMs = new ArrayList<>();
        for (int i = 2; i < stamps.size(); i++) {
            laterMs.add(String.valueOf((stamps.get(i) - stamps.get(i - 1)) / 1_000_000.0));
        }
        long firstMs = (stamps.get(1) - start) / 1_000_000;
        long uptimeAtFirst = uptimeAtEnd - (endNanos - stamps.get(1)) / 1_000_000;
        System.out.println("first_ms=" + firstMs + " uptime_ms=" + uptimeAtFirst + " cpu_ms=" + cpuMs()
                + " later_ms=" + String.join(",", laterMs));
    }
}
