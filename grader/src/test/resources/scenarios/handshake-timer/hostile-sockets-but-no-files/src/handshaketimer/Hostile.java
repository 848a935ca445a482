package handshaketimer;


/** Hostile scenario "hostile-sockets-but-no-files": an exercise that allows sockets still denies files: writes canaries and the results file */
final class Hostile {
    private Hostile() {
    }

    /** Where a canary file would land: the user's home, the learner's state, the course's exercise folders, /tmp. */
    static java.util.List<String> canaryDirs() {
        String work = System.getProperty("java.io.tmpdir");
        String clone = System.getenv("MAVEN_PROJECTBASEDIR");
        String state = work + "/../../../..";
        return java.util.List.of(System.getProperty("user.home"), state, "/tmp",
                clone + "/grader/exercises/handshake-timer", clone + "/exercises/handshake-timer");
    }

    static void attack() {
        try {
            java.nio.file.Path results = java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).resolveSibling("results.jsonl");
            java.nio.file.Files.writeString(results, "", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
            for (String dir : canaryDirs()) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "PWNED-sockets-but-no-files"), "x");
            }
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
