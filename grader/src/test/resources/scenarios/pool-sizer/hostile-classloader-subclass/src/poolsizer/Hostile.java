package poolsizer;


/** Hostile scenario "hostile-classloader-subclass": defines its own copy of a test class through a ClassLoader subclass */
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
            new Loader().define(new byte[0]);
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }

    static final class Loader extends ClassLoader {
        Class<?> define(byte[] bytes) {
            return defineClass("poolsizer.LittlesLawTest", bytes, 0, bytes.length);
        }
    }
}
