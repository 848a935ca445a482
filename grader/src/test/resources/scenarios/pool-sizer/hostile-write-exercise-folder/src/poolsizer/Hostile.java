package poolsizer;


/** Hostile scenario "hostile-write-exercise-folder": rewrites the grader's exercise folder (its rubric) and leaves canaries everywhere */
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
            String exercise = System.getenv("MAVEN_PROJECTBASEDIR") + "/grader/exercises/pool-sizer";
            java.nio.file.Files.writeString(java.nio.file.Path.of(exercise, "rubric.json"), "{}");
            for (String dir : canaryDirs()) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "PWNED-write-exercise-folder"), "x");
            }
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
