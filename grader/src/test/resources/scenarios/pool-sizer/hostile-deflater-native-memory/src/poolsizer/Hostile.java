package poolsizer;


/** Hostile scenario "hostile-deflater-native-memory": holds java.util.zip.Deflaters in a loop: zlib's native memory, outside every Java limit */
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
            java.util.List<java.util.zip.Deflater> held = new java.util.ArrayList<>();
            while (true) {
                java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
                deflater.setInput(new byte[1 << 16]);
                deflater.deflate(new byte[1 << 10]);
                held.add(deflater);
            }
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
