package poolsizer;


/** Hostile scenario "hostile-kill-runner": kills the runner JVM (its parent) and every other process it can see */
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
            ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid()).forEach(ProcessHandle::destroyForcibly);
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
