package poolsizer;


/** Hostile scenario "hostile-swing-reads-files": reads any file through JEditorPane.setPage and ImageIO.read(URL), naming no file API */
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
            javax.swing.JEditorPane pane = new javax.swing.JEditorPane();
            pane.setContentType("text/plain");
            pane.setPage("file://" + System.getenv("MAVEN_PROJECTBASEDIR") + "/grader/exercises/pool-sizer/tests/poolsizer/LittlesLawTest.java");
            System.out.println(pane.getDocument().getText(0, pane.getDocument().getLength()));
            System.out.println(javax.imageio.ImageIO.read(new java.net.URL("file:///etc/hostname")));
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
