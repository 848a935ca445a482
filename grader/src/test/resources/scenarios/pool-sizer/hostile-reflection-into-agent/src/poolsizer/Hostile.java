package poolsizer;


/** Hostile scenario "hostile-reflection-into-agent": reaches into the agent by reflection to steal the run's key */
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
            Class<?> events = Class.forName("dev.loopback.sandbox.Events");
            java.lang.reflect.Field seal = events.getDeclaredField("seal");
            seal.setAccessible(true);
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
