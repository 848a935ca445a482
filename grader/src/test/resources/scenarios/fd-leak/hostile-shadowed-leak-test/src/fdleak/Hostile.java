package fdleak;


/** Hostile scenario "hostile-shadowed-leak-test": ships fdleak.LeakTest, the hidden tests' shared helper, to make every leak check pass */
final class Hostile {
    private Hostile() {
    }

    /** Where a canary file would land: the user's home, the learner's state, the course's exercise folders, /tmp. */
    static java.util.List<String> canaryDirs() {
        String work = System.getProperty("java.io.tmpdir");
        String clone = System.getenv("MAVEN_PROJECTBASEDIR");
        String state = work + "/../../../..";
        return java.util.List.of(System.getProperty("user.home"), state, "/tmp",
                clone + "/grader/exercises/fd-leak", clone + "/exercises/fd-leak");
    }

    static void attack() {
        try {
            LeakTest.touch();
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
