package poolsizer;


/** Hostile scenario "hostile-write-m2": plants a file in the shared Maven repository ~/.m2 */
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
            try (java.io.FileWriter out = new java.io.FileWriter(System.getProperty("user.home") + "/.m2/PWNED-write-m2")) {
                out.write("planted");
            }
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
