package poolsizer;


/** Hostile scenario "hostile-replace-standard-streams": replaces System.out and System.err to hide its output and forge the grader's */
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
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
