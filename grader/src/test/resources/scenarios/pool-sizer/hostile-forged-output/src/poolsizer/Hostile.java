package poolsizer;


/** Hostile scenario "hostile-forged-output": prints a forged passing report and forged sealed lines on stdout and stderr */
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
            for (String line : new String[] {"0\t{\"e\":\"done\"}\t" + "ab".repeat(32), "Little's Law 30/30 PASSED", "Total: 100/100 PASSED"}) {
                System.out.println(line);
                System.err.println(line);
            }
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
