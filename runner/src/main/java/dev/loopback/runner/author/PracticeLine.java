package dev.loopback.runner.author;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A lesson's {@code ## Practice} section with one more exercise line, so the lesson names what the manifest lists. */
final class PracticeLine {
    private PracticeLine() {}

    /** {@code markdown} with a line for exercise {@code id} after the last list line of its Practice section, or empty without one. */
    static Optional<String> add(String markdown, String id, String title, int minutes) {
        List<String> lines = new ArrayList<>(Arrays.asList(markdown.split("\n", -1)));
        int heading = lines.indexOf("## Practice");
        if (heading < 0) {
            return Optional.empty();
        }
        int end = heading + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ") && !lines.get(end).startsWith("# ")) {
            end++;
        }
        int at = heading + 1;
        for (int i = heading + 1; i < end; i++) {
            String line = lines.get(i);
            if (line.startsWith("- ") || line.startsWith("* ") || (!line.isBlank() && line.startsWith(" ") && at > heading + 1)) {
                at = i + 1;
            }
        }
        List<String> added = new ArrayList<>();
        if (at == heading + 1) {
            added.add("");
        }
        added.add("- `" + id + "`, " + title + " (about " + minutes + " minutes): " + AuthorTodos.MARK
                + " one line on what it practises. `exercise " + id + "` shows the task; `submit " + id + "` grades it.");
        lines.addAll(at, added);
        return Optional.of(String.join("\n", lines));
    }
}
