package poolsizer;


/** Hostile scenario "hostile-xml-external-entity": reads files through an XML external entity (no file API named), e.g. the hidden tests or /proc */
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
            String xml = "<!DOCTYPE a [<!ENTITY x SYSTEM 'file:///proc/self/cmdline'>]><a>&x;</a>";
            org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
            System.out.println(doc.getDocumentElement().getTextContent());
            javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser().parse("file:///etc/hostname",
                    new org.xml.sax.helpers.DefaultHandler());
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
