package poolsizer;


/** Hostile scenario "hostile-management-beans": raises its own thread cap and reads the grader's threads through management beans */
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
            System.out.println(java.lang.management.ManagementFactory.getThreadMXBean().dumpAllThreads(false, false).length);
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
