package poolsizer;


/** Hostile scenario "hostile-stackwalker-answer-table": returns table answers only when a *Test class is on the call stack (StackWalker) */
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
            boolean underTest = StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().endsWith("Test")));
            ANSWERS.put("underTest", underTest ? 1L : 0L);
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }

    static final java.util.Map<String, Long> ANSWERS = new java.util.HashMap<>(java.util.Map.of("2000.0/PT0.05S", 100L));
}
