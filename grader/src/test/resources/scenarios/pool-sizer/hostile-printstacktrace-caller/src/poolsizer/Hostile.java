package poolsizer;


/** Hostile scenario "hostile-printstacktrace-caller": reads its callers by printing a Throwable's stack trace into a string, then answers only under test */
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
            java.io.StringWriter trace = new java.io.StringWriter();
            new Throwable().printStackTrace(new java.io.PrintWriter(trace));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            new Throwable().printStackTrace(new java.io.PrintStream(bytes));
            UNDER_TEST = trace.toString().contains("Test.") || bytes.toString().contains("Test.");
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }

    static boolean UNDER_TEST;
}
