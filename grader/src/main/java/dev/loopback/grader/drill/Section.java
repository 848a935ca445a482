package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A heading of a Markdown file with the lines under it, each knowing its 1-based line number. */
record Section(String heading, int line, List<Line> body) {

    /** One line of the file. */
    record Line(int number, String text) {
        boolean blank() {
            return text.isBlank();
        }
    }

    /** Splits {@code lines} at every line starting with {@code marker} (e.g. "## "); lines before the first go to a section with an empty heading. */
    static List<Section> split(List<Line> lines, String marker, int firstLine) {
        List<Section> sections = new ArrayList<>();
        Section current = new Section("", firstLine, new ArrayList<>());
        for (Line line : lines) {
            if (line.text().startsWith(marker)) {
                sections.add(current);
                current = new Section(line.text().substring(marker.length()).trim(), line.number(), new ArrayList<>());
            } else {
                current.body().add(line);
            }
        }
        sections.add(current);
        return sections;
    }

    /** The body as text: trailing spaces removed, blank lines at either end dropped. */
    String text() {
        List<String> kept = body.stream().map(l -> l.text().stripTrailing()).toList();
        return String.join("\n", kept).strip();
    }

    /** The first line that is not blank, if any. */
    Optional<Line> firstText() {
        return body.stream().filter(l -> !l.blank()).findFirst();
    }
}
