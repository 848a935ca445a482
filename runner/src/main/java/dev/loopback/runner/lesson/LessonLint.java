package dev.loopback.runner.lesson;

import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.render.CalloutKind;
import dev.loopback.runner.render.DisplayWidth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The conventions course/AUTHORING.md sets for a lesson, checked on its Markdown: one title, the italic header, the
 * prerequisite, the required sections in order with their list lengths, diagram and code widths, no HTML or images,
 * known callout markers, and a Practice section that names the lesson's quick check, drill and exercises as the
 * manifest lists them. Each problem reads {@code <file>:<line>: what is wrong; what to do}.
 */
public final class LessonLint {
    /** Diagram lines fit a 60-column terminal inside the renderer's margin. */
    static final int DIAGRAM_COLUMNS = 56;
    /** Other code lines are kept to 68 columns. */
    static final int CODE_COLUMNS = 68;
    static final String OBJECTIVES = "By the end you'll be able to";
    static final String TAKEAWAYS = "Key takeaways";
    static final String SOURCES = "Sources & further reading";
    static final String PRACTICE = "Practice";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern COMMAND = Pattern.compile("^(exercise|submit|watch|hint|solution|reset|try) ([a-z0-9-]+)$");
    private static final Pattern CALLOUT = Pattern.compile("^\\[!([A-Za-z]+)]");

    private final String file;
    private final Lesson lesson;
    private final List<String> problems = new ArrayList<>();

    private LessonLint(String file, Lesson lesson) {
        this.file = file;
        this.lesson = lesson;
    }

    /** The problems of {@code markdown}, lesson {@code lesson}'s text, shown as {@code file} (none when it keeps every convention). */
    public static List<String> check(String file, String markdown, Lesson lesson) {
        LessonLint lint = new LessonLint(file, lesson);
        lint.lint(PARSER.parse(markdown));
        return List.copyOf(lint.problems);
    }

    private void lint(Node document) {
        List<Heading> h1 = new ArrayList<>();
        List<Heading> h2 = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                h1.add(heading);
            } else if (node instanceof Heading heading && heading.getLevel() == 2) {
                h2.add(heading);
            }
        }
        Node first = document.getFirstChild();
        if (!(first instanceof Heading heading && heading.getLevel() == 1)) {
            problem(first, "a lesson starts with its title as the one level-1 heading ('# " + lesson.title() + "')");
        }
        h1.stream().skip(first instanceof Heading heading && heading.getLevel() == 1 ? 1 : 0)
                .forEach(extra -> problem(extra, "a second level-1 heading; a lesson has one, its title: make this '## "
                        + text(extra) + "'"));
        header(first);
        prerequisite(document, h2.isEmpty() ? null : h2.get(0));
        sections(document, h2);
        document.accept(new Visitor());
    }

    /** The italic line under the title: course, part, lesson number, minutes, difficulty. */
    private void header(Node title) {
        Node next = title == null ? null : title.getNext();
        String expected = "Lesson " + lesson.number();
        if (!(next instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Emphasis
                && paragraph.getFirstChild().getNext() == null && text(paragraph).contains(expected))) {
            problem(next == null ? title : next, "the title is followed by the italic header naming '" + expected
                    + "', e.g. '*API Design · Foundations · " + expected + " · 10 min · Difficulty: core*'");
        }
    }

    private void prerequisite(Node document, Heading firstSection) {
        for (Node node = document.getFirstChild(); node != null && node != firstSection; node = node.getNext()) {
            if (node instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis strong
                    && text(strong).strip().startsWith("Prerequisite")) {
                return;
            }
        }
        problem(firstSection == null ? document.getFirstChild() : firstSection, "no '**Prerequisite:** ...' paragraph "
                + "before the first section: name the lessons to read first, or say plainly that there are none");
    }

    /** The required H2 sections, where they must be, and the lists two of them hold. */
    private void sections(Node document, List<Heading> h2) {
        List<String> titles = h2.stream().map(LessonLint::text).toList();
        Node end = h2.isEmpty() ? document.getFirstChild() : h2.get(h2.size() - 1);
        for (String required : List.of(OBJECTIVES, TAKEAWAYS, SOURCES, PRACTICE)) {
            if (!titles.contains(required)) {
                problem(end, "no '## " + required + "' section; AUTHORING.md's 'Shape of a lesson' lists the "
                        + "sections every lesson has");
            }
        }
        if (!h2.isEmpty() && titles.contains(OBJECTIVES) && !titles.get(0).equals(OBJECTIVES)) {
            problem(h2.get(0), "'## " + OBJECTIVES + "' is the first section; move it above '## " + titles.get(0) + "'");
        }
        List<String> closing = List.of(TAKEAWAYS, SOURCES, PRACTICE);
        if (titles.containsAll(closing) && !titles.subList(titles.size() - 3, titles.size()).equals(closing)) {
            problem(h2.get(titles.indexOf(TAKEAWAYS)), "the last three sections are '## " + TAKEAWAYS + "', '## "
                    + SOURCES + "' and '## " + PRACTICE + "', in that order, after the teaching sections");
        }
        for (Heading heading : h2) {
            switch (text(heading)) {
                case OBJECTIVES -> items(heading, "objectives", 5, 7);
                case TAKEAWAYS -> items(heading, "takeaways", 6, 8);
                case PRACTICE -> practice(heading);
                default -> { }
            }
        }
    }

    private void items(Heading heading, String what, int min, int max) {
        ListBlock list = null;
        for (Node node = heading.getNext(); node != null && !(node instanceof Heading); node = node.getNext()) {
            if (node instanceof ListBlock block) {
                list = block;
                break;
            }
        }
        int count = 0;
        for (Node item = list == null ? null : list.getFirstChild(); item != null; item = item.getNext()) {
            count++;
        }
        if (count < min || count > max) {
            problem(list == null ? heading : list, "'## " + text(heading) + "' lists " + count + " " + what + "; write "
                    + min + " to " + max + (list == null ? " as a list" : ""));
        }
    }

    /** The Practice section names the lesson's quick check, drill and exercises by the commands that open them. */
    private void practice(Heading heading) {
        StringBuilder words = new StringBuilder();
        List<Code> spans = new ArrayList<>();
        for (Node node = heading.getNext(); node != null && !(node instanceof Heading h && h.getLevel() <= 2);
                node = node.getNext()) {
            node.accept(new AbstractVisitor() {
                @Override public void visit(Code code) {
                    spans.add(code);
                    words.append(' ').append(code.getLiteral()).append(' ');
                }
                @Override public void visit(Text text) {
                    words.append(text.getLiteral());
                }
            });
        }
        String said = " " + words.toString().replaceAll("[^A-Za-z0-9-]+", " ") + " ";
        List<String> missing = new ArrayList<>();
        if (lesson.quickCheck() != null && !said.contains(" quiz " + lesson.quickCheck().id() + " ")) {
            missing.add("'quiz " + lesson.quickCheck().id() + "'");
        }
        if (lesson.drill() != null && !said.contains(" drill " + lesson.drill().id() + " ")) {
            missing.add("'drill " + lesson.drill().id() + "'");
        }
        Set<String> ids = lesson.exercises().stream().map(ExerciseRef::id).collect(Collectors.toSet());
        lesson.exercises().stream().map(ExerciseRef::id).filter(id -> !said.contains(" " + id + " "))
                .forEach(id -> missing.add("exercise '" + id + "'"));
        if (!missing.isEmpty()) {
            problem(heading, "'## " + PRACTICE + "' does not name " + String.join(", ", missing) + ", which the manifest "
                    + "lists for Lesson " + lesson.number() + ": add a line for each with the command that opens it");
        }
        for (Code code : spans) {
            Matcher command = COMMAND.matcher(code.getLiteral().strip());
            if (command.matches() && !ids.contains(command.group(2))) {
                problem(heading, "'## " + PRACTICE + "' names '" + code.getLiteral().strip() + "', but the manifest lists no "
                        + "exercise " + command.group(2) + " under Lesson " + lesson.number() + " (it lists: "
                        + (ids.isEmpty() ? "none" : String.join(", ", lesson.exercises().stream().map(ExerciseRef::id).toList()))
                        + ")");
            }
        }
    }

    private final class Visitor extends AbstractVisitor {
        private final Set<Integer> htmlLines = new HashSet<>();

        @Override
        public void visit(FencedCodeBlock block) {
            String info = block.getInfo() == null ? "" : block.getInfo().strip().split("\\s+")[0];
            String[] lines = block.getLiteral().split("\n", -1);
            int first = line(block) + 1;
            for (int i = 0; i < lines.length; i++) {
                String text = lines[i];
                if (info.equals("diagram")) {
                    diagramLine(text, first + i);
                } else if (DisplayWidth.of(text.replace("\t", "    ")) > CODE_COLUMNS) {
                    problems.add(file + ":" + (first + i) + ": a " + (info.isEmpty() ? "code" : info) + " line of "
                            + DisplayWidth.of(text) + " columns; keep code lines within " + CODE_COLUMNS
                            + " (fold a long output line onto an indented second line)");
                }
            }
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            problem(block, "an indented code block; use a fenced block with an info string (diagram, jshell, java, "
                    + "console, text) so it is drawn as intended");
        }

        @Override
        public void visit(HtmlBlock html) {
            problem(html, "raw HTML is not drawn in a terminal; write it as Markdown");
        }

        @Override
        public void visit(HtmlInline html) {
            if (!htmlLines.add(near(html))) {
                return;
            }
            problems.add(file + ":" + near(html) + ": raw HTML '" + html.getLiteral() + "' is not drawn in a terminal; "
                    + "write it as Markdown");
        }

        @Override
        public void visit(Image image) {
            problems.add(file + ":" + near(image) + ": an image (" + image.getDestination() + ") cannot be shown in a "
                    + "terminal; describe it, or draw it as a diagram block");
        }

        @Override
        public void visit(BlockQuote quote) {
            if (quote.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text first) {
                Matcher marker = CALLOUT.matcher(first.getLiteral());
                if (marker.find() && Arrays.stream(CalloutKind.values()).noneMatch(k -> k.name().equals(marker.group(1)))) {
                    problem(quote, "callout marker [!" + marker.group(1) + "] is none of " + Arrays.stream(
                            CalloutKind.values()).map(k -> "[!" + k.name() + "]").collect(Collectors.joining(", "))
                            + " (in capitals); it would be drawn as a plain quote");
                }
            }
            visitChildren(quote);
        }
    }

    private void diagramLine(String text, int line) {
        if (text.contains("\t")) {
            problems.add(file + ":" + line + ": a tab in a diagram; use spaces (tabs are drawn at different widths)");
        }
        int width = DisplayWidth.of(text);
        if (width > DIAGRAM_COLUMNS) {
            problems.add(file + ":" + line + ": a diagram line of " + width + " columns; diagrams are never wrapped, "
                    + "so keep them within " + DIAGRAM_COLUMNS + " to fit a 60-column terminal");
        }
        String odd = text.codePoints().filter(cp -> cp > 0x7e && (cp < 0x2500 || cp > 0x257f))
                .mapToObj(Character::toString).distinct().collect(Collectors.joining(" "));
        if (!odd.isEmpty()) {
            problems.add(file + ":" + line + ": '" + odd + "' in a diagram; use plain ASCII and the box-drawing "
                    + "characters only (some terminals draw other symbols two columns wide)");
        }
    }

    private void problem(Node node, String what) {
        problems.add(file + ":" + near(node) + ": " + what);
    }

    /** The line of {@code node}, or of the nearest enclosing block that has one. */
    private static int near(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            int line = line(n);
            if (line > 0) {
                return line;
            }
        }
        return 1;
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node == null ? List.of() : node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    private static String text(Node node) {
        return Sections.text(node).strip();
    }
}
