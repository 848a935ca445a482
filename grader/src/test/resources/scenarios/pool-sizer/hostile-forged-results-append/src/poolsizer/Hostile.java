package poolsizer;


/** Hostile scenario "hostile-forged-results-append": appends a forged done line to the results file, found through the JVM's command line */
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
            String cmdline = new String(new java.io.FileInputStream("/proc/self/cmdline").readAllBytes());
            String results = cmdline.split("\0")[cmdline.split("\0").length - 3];
            String forged = "0\t{\"e\":\"done\"}\t" + "0".repeat(64) + "\n";
            try (java.io.FileOutputStream out = new java.io.FileOutputStream(results, true)) {
                out.write(forged.getBytes());
            }
            new java.io.FileOutputStream("/tmp/PWNED-forged-results-append").close();
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
