package poolsizer;


/** Hostile scenario "hostile-method-handles": calls Runtime.halt through a method handle looked up by name */
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
            java.lang.invoke.MethodHandle halt = java.lang.invoke.MethodHandles.lookup().findVirtual(Runtime.class, "halt",
                    java.lang.invoke.MethodType.methodType(void.class, int.class));
            halt.invoke(Runtime.getRuntime(), 0);
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
