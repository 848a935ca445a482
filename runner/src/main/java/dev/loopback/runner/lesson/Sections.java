package dev.loopback.runner.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The headings of a Markdown document and the part of it under one heading (until the next at its level or above). */
public final class Sections {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** A heading: its text, its anchor id ({@code keep-alive-timeouts}), its level and first source line. */
    record Section(String title, String anchor, int level, int line) {
        boolean answersTo(String wanted) {
            String key = wanted.strip().toLowerCase(Locale.ROOT);
            return title.toLowerCase(Locale.ROOT).equals(key) || anchor.equals(key);
        }
    }

    private final List<String> lines;
    private final List<Section> sections = new ArrayList<>();

    Sections(String markdown) {
        this.lines = markdown.lines().toList();
        IdGenerator ids = IdGenerator.builder().build();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                String title = text(heading);
                sections.add(new Section(title, ids.generateId(title), heading.getLevel(),
                        heading.getSourceSpans().get(0).getLineIndex()));
            }
        }
    }

    List<Section> all() {
        return List.copyOf(sections);
    }

    /** A part of the document and how many {@code jshell} snippets come before it (so "[run N]" keeps its N). */
    record Extract(String markdown, int runsBefore) {}

    /** The Markdown from the heading {@code wanted} (by text or anchor) to just before the next heading at its level or above. */
    Optional<Extract> extract(String wanted) {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.answersTo(wanted)) {
                int end = lines.size();
                for (int j = i + 1; j < sections.size(); j++) {
                    if (sections.get(j).level() <= section.level()) {
                        end = sections.get(j).line();
                        break;
                    }
                }
                int runsBefore = (int) lines.subList(0, section.line()).stream()
                        .filter(line -> line.strip().matches("(```|~~~)\\s*jshell\\b.*")).count();
                return Optional.of(new Extract(String.join("\n", lines.subList(section.line(), end)) + "\n", runsBefore));
            }
        }
        return Optional.empty();
    }

    /** A heading's plain text, as its anchor is made from it (the terminal's sections and the web's lesson pages agree). */
    public static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof Text literal ? literal.getLiteral()
                    : child instanceof Code code ? code.getLiteral() : text(child));
        }
        return text.toString();
    }
}
