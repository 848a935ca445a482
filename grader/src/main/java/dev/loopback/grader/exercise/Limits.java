package dev.loopback.grader.exercise;

/** The sandbox limits of one exercise; a missing or zero value takes the default. */
public record Limits(int wallClockSeconds, int perTestSeconds, int heapMb, int openFiles, int threads) {
    public static final Limits DEFAULT = new Limits(60, 10, 256, 512, 256);

    public Limits {
        wallClockSeconds = orDefault(wallClockSeconds, 60);
        perTestSeconds = orDefault(perTestSeconds, 10);
        heapMb = orDefault(heapMb, 256);
        openFiles = orDefault(openFiles, 512);
        threads = orDefault(threads, 256);
    }

    private static int orDefault(int value, int fallback) {
        return value > 0 ? value : fallback;
    }
}
