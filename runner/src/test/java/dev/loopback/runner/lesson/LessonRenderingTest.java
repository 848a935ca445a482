package dev.loopback.runner.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.render.DisplayWidth;
import dev.loopback.runner.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lesson 05 as the learner sees it: nothing raw left, every table boxed and aligned, at common widths. */
class LessonRenderingTest {
    private static final Pattern CODE_PREFIX = Pattern.compile("^(│ +)?  (│ )?");
    private static final Pattern FOLD = Pattern.compile("\\s*\n(│ +)?  │ ↪ ");
    private static final Pattern TABLE_TOP = Pattern.compile("^┌─+(┬─+)*┐$");

    /** The repository's own Lesson 05, at the path the contract fixes. */
    private static String source() throws IOException {
        Path course = Workspace.find(Path.of("")).orElseThrow().course();
        return Files.readString(course.resolve("lessons/05-network-sockets.md"));
    }

    private static List<String> rendered(int width, boolean colour) throws IOException {
        return new MarkdownRenderer(Palette.of(colour), width).render(source()).lines().toList();
    }

    /** Rendered lines that are not a line of a fenced block of the source (code and diagrams are shown verbatim). */
    private static List<String> prose(List<String> lines) throws IOException {
        Set<String> verbatim = new HashSet<>();
        boolean inFence = false;
        for (String line : source().lines().toList()) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            } else if (inFence) {
                verbatim.add(line.stripTrailing());
            }
        }
        List<String> prose = new ArrayList<>();
        for (String line : lines) {
            String content = CODE_PREFIX.matcher(line).replaceFirst("").stripTrailing();
            if (!verbatim.contains(content) && !line.matches("^\\s*\\[run \\d+] jshell$")) {
                prose.add(line);
            }
        }
        return prose;
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void noRawMarkdownIsLeft(int width) throws IOException {
        for (String line : prose(rendered(width, false))) {
            assertFalse(line.matches("^\\s*#{1,6}\\s.*"), "raw heading: " + line);
            assertFalse(line.contains("**"), "raw strong: " + line);
            assertFalse(line.contains("`"), "raw code: " + line);
            assertFalse(line.matches(".*\\|\\s*:?-{3,}.*"), "raw table rule: " + line);
            assertFalse(line.matches("^\\s*\\|.*\\|\\s*$"), "raw table row: " + line);
            assertFalse(line.contains("[!"), "raw callout marker: " + line);
            assertTrue(DisplayWidth.of(line) <= width, "wider than " + width + ": " + line);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void everyTableIsABoxWhoseLinesHaveOneWidthThatFits(int width) throws IOException {
        List<String> lines = rendered(width, true);
        int tables = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (TABLE_TOP.matcher(DisplayWidth.strip(lines.get(i))).matches()) {
                tables++;
                int tableWidth = DisplayWidth.of(lines.get(i));
                assertTrue(tableWidth <= width, "table wider than " + width + ": " + lines.get(i));
                int row = i + 1;
                for (; !DisplayWidth.strip(lines.get(row)).startsWith("└"); row++) {
                    assertEquals(tableWidth, DisplayWidth.of(lines.get(row)), "misaligned: " + lines.get(row));
                }
                assertEquals(tableWidth, DisplayWidth.of(lines.get(row)), "misaligned bottom: " + lines.get(row));
            }
        }
        long sourceTables = source().lines().filter(line -> line.matches("^\\s*\\|?\\s*:?-{3,}:?\\s*\\|.*")).count();
        assertEquals(sourceTables, tables, "every GFM table becomes a box");
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void everyHeadingAndCalloutOfTheSourceIsShown(int width) throws IOException {
        String text = String.join("\n", rendered(width, false));
        boolean inFence = false;
        for (String line : source().lines().toList()) {
            inFence ^= line.startsWith("```");
            if (!inFence && line.matches("^#{1,6} .*")) {
                String heading = line.replaceFirst("^#+ ", "").replaceAll("[*`]", "");
                assertTrue(text.contains(heading), "heading missing: " + heading);
            }
        }
        for (String kind : List.of("INTERVIEW", "TRAP", "DO", "HOOD")) {
            if (source().contains("[!" + kind + "]")) {
                String label = dev.loopback.runner.render.CalloutKind.valueOf(kind).label();
                assertTrue(text.contains("┌─ " + label + " "), "callout " + kind + " not framed");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void noRenderedLineIsWiderThanTheWidth(int width) throws IOException {
        for (boolean colour : List.of(false, true)) {
            for (String line : rendered(width, colour)) {
                assertTrue(DisplayWidth.of(line) <= width, "wider than " + width + ": " + line);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void everyCodeLineIsShownWholeFoldedWhereItIsTooWide(int width) throws IOException {
        String text = String.join("\n", rendered(width, false));
        String joined = FOLD.matcher(text).replaceAll(" ").replaceAll("\\s+", " ");
        boolean inFence = false;
        for (String line : source().lines().toList()) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            } else if (inFence) {
                String squeezed = line.strip().replaceAll("\\s+", " ");
                assertTrue(joined.contains(squeezed), "code line missing at " + width + ": " + line);
            }
        }
        assertEquals(width < 72, text.contains("│ ↪ "), "a fold marker only where the lesson's code is too wide");
    }
}
