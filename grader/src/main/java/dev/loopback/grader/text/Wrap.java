package dev.loopback.grader.text;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps plain text for the terminal, keeping the author's paragraph breaks and never splitting a word. */
public final class Wrap {
    private Wrap() {}

    /** {@code text} as lines of at most {@code width} characters, each starting with {@code indent}. */
    public static List<String> lines(String text, int width, String indent) {
        return lines(text, width, indent, indent);
    }

    /**
     * {@code text} as lines of at most {@code width} characters (a word longer than a line stands alone), the first
     * starting with {@code first} and the rest with {@code hanging}.
     */
    public static List<String> lines(String text, int width, String first, String hanging) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!out.isEmpty()) {
                out.add("");
            }
            String indent = out.isEmpty() ? first : hanging;
            StringBuilder line = new StringBuilder(indent);
            for (String word : paragraph.strip().split("\\s+")) {
                if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    indent = hanging;
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
