package poolsizer;


/** Hostile scenario "hostile-thread-subclass-stacktrace": reads stacks through a learner subclass of Thread, so no call names java.lang.Thread */
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
            Spy spy = new Spy();
            System.out.println(spy.frames());
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }

    static final class Spy extends Thread {
        int frames() {
            return getStackTrace().length;
        }
    }
}
