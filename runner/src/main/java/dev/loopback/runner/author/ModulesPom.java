package dev.loopback.runner.author;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code exercises/pom.xml}, the learner's IDE project: a {@code <module>} line added after the last one, the rest kept as written. */
final class ModulesPom {
    private static final Pattern LAST_MODULE = Pattern.compile("(?s).*(\\n([ \\t]*)<module>[^<]*</module>)");
    private static final Pattern MODULES_END = Pattern.compile("\\n([ \\t]*)</modules>");

    private ModulesPom() {}

    /** The pom's text with {@code <module>id</module>} added, or empty text when it has no {@code <modules>} to add to. */
    static String withModule(String pom, String id) {
        Matcher last = LAST_MODULE.matcher(pom);
        if (last.lookingAt()) {
            int end = last.end(1);
            return pom.substring(0, end) + "\n" + last.group(2) + "<module>" + id + "</module>" + pom.substring(end);
        }
        Matcher close = MODULES_END.matcher(pom);
        if (close.find()) {
            return pom.substring(0, close.start()) + "\n" + close.group(1) + "  <module>" + id + "</module>"
                    + pom.substring(close.start());
        }
        return "";
    }

    static boolean lists(String pom, String id) {
        return pom.replaceAll("(?s)<!--.*?-->", "").matches("(?s).*<module>\\s*" + Pattern.quote(id) + "\\s*</module>.*");
    }

    static String read(Path pom) throws IOException {
        return Files.readString(pom);
    }
}
