package poolsizer;


/** Hostile scenario "hostile-lookup-defineclass": defines a class from bytes through MethodHandles.Lookup.defineClass */
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
            java.lang.invoke.MethodHandles.lookup().defineClass(new byte[] {(byte) 0xCA, (byte) 0xFE});
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
