package dev.loopback.grader.container;

import java.time.Duration;

/**
 * What one sandbox container may use: memory (RAM and swap together), CPUs, processes and
 * threads, open files, the size of each tmpfs, and the wall clock of one run.
 */
public record ContainerLimits(int memoryMb, double cpus, int pids, int openFiles, int tmpfsMb, Duration wallClock) {
    /** Memory the JVM needs besides its heap: metaspace, code cache, thread stacks, the container's shell. */
    static final int JVM_OVERHEAD_MB = 256;
    /** Processes besides the test's own threads: the JVM's GC, compiler and service threads, the shell. */
    static final int PID_OVERHEAD = 64;

    public ContainerLimits {
        if (memoryMb < 64 || cpus <= 0 || pids < 8 || openFiles < 64 || tmpfsMb < 8 || wallClock.isNegative() || wallClock.isZero()) {
            throw new IllegalArgumentException("container limits too small: " + memoryMb + " MB, " + cpus + " CPUs, "
                    + pids + " pids, " + openFiles + " files, " + tmpfsMb + " MB tmpfs, " + wallClock);
        }
    }

    /** The container that matches an exercise's JVM limits: heap plus overhead, threads plus overhead, one CPU. */
    public static ContainerLimits forJvm(int heapMb, int threads, int openFiles, Duration wallClock) {
        return new ContainerLimits(heapMb + JVM_OVERHEAD_MB, 1.0, threads + PID_OVERHEAD, openFiles, 64, wallClock);
    }

    /** The same limits with another wall clock. */
    public ContainerLimits withWallClock(Duration newWallClock) {
        return new ContainerLimits(memoryMb, cpus, pids, openFiles, tmpfsMb, newWallClock);
    }
}
