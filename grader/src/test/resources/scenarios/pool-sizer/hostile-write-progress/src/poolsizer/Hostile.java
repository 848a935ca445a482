package poolsizer;


/** Hostile scenario "hostile-write-progress": writes .course/progress.json with a PrintStream(String) to mark the exercise passed */
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
            String clone = System.getenv("MAVEN_PROJECTBASEDIR");
            try (java.io.PrintStream out = new java.io.PrintStream(clone + "/.course/progress.json")) {
                out.print("{\"exercises\":{\"pool-sizer\":{\"best\":100}}}");
            }
            new java.io.PrintStream(System.getProperty("user.home") + "/PWNED-write-progress").close();
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
