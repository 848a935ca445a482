package poolsizer;


/** Hostile scenario "hostile-forged-results-rewrite": rewrites the agent's results file (found beside java.io.tmpdir) as successes */
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
            java.nio.file.Path results = java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).resolveSibling("results.jsonl");
            String text = java.nio.file.Files.readString(results).replace("FAILED", "SUCCESSFUL");
            java.nio.file.Files.writeString(results, text);
            for (String dir : canaryDirs()) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "PWNED-forged-results-rewrite"), "rewritten");
            }
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
