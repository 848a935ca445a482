package poolsizer;


/** Hostile scenario "hostile-results-sparse-gigabytes": grows the results file sparse to 8 GB to crash the reader */
final class Hostile {
    private Hostile() {
    }

    /** Where a canary file would land: the user's home, the learner's state, the course's exercise folders, /tmp. */
    static java.util.List<String> canaryDirs() {
        String work = System.getProperty("java.io.tmpdir");
        String clone = System.getenv("MAVEN_PROJECTBASEDIR");
        String state = work + "/../../../..";
        return java.util.List.of(System.getProperty("user.home"), state, "/tmp",
                clone + "/grader/exercises/pool-sizer", clone + "/exercises/pool-sizer");
    }

    static void attack() {
        try {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                    java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "..", "results.jsonl"),
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap("\n".getBytes()), 8L << 30);
            }
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
