package handshaketimer;


/** Hostile scenario "hostile-sockets-but-no-processes": an exercise that allows sockets still denies processes: a detached sleeper */
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
            new ProcessBuilder("setsid", "sh", "-c", "exec sleep 300").start();
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
