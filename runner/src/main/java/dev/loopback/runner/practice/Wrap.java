package dev.loopback.runner.practice;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps plain text for the terminal, keeping the author's paragraph breaks. */
public final class Wrap {
    private Wrap() {}

    /** {@code text} as lines of at most {@code width} characters, each starting with {@code indent}. */
    public static List<String> lines(String text, int width, String indent) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!out.isEmpty()) {
                out.add("");
            }
            StringBuilder line = new StringBuilder(indent);
            for (String word : paragraph.strip().split("\\s+")) {
                if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line = new StringBuilder(indent);
                }
                line.append(line.length() > indent.length() ? " " : "").append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** {@code text} wrapped and joined with newlines. */
    public static String text(String text, int width, String indent) {
        return String.join(System.lineSeparator(), lines(text, width, indent));
    }
}
