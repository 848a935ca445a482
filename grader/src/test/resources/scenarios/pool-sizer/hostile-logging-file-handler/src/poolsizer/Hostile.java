package poolsizer;


/** Hostile scenario "hostile-logging-file-handler": configures java.util.logging from a string so that the JDK itself opens a FileHandler on a canary path */
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
            String config = "handlers=java.util.logging.FileHandler\n"
                    + "java.util.logging.FileHandler.pattern=" + System.getProperty("user.home") + "/PWNED-logging-file-handler%u\n";
            java.util.logging.LogManager.getLogManager().readConfiguration(new java.io.ByteArrayInputStream(config.getBytes()));
            java.util.logging.LogManager.getLogManager().updateConfiguration(key -> (old, now) ->
                    key.equals("java.util.logging.FileHandler.pattern") ? "/tmp/PWNED-logging-file-handler%u" : now);
            java.util.logging.Logger.getLogger("").severe("planted");
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
