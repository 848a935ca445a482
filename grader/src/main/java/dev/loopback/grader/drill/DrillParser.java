package dev.loopback.grader.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a drill file ({@code # Drill: ...}, {@code ## Prompt}, {@code ## Model answer},
 * {@code ## Rubric} with {@code ### <id> (<n> point)} criteria; see course/AUTHORING.md).
 */
public final class DrillParser {
    private static final List<String> SECTIONS = List.of("Prompt", "Model answer", "Rubric");

    private final Path file;

    private DrillParser(Path file) {
        this.file = file;
    }

    /** The drill in {@code file}, known to learners as {@code id}. */
    public static Drill parse(String id, Path file) throws IOException, DrillFormatException {
        return parse(id, file, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Drill parse(String id, Path file, List<String> lines) throws DrillFormatException {
        List<Section.Line> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(new Section.Line(i + 1, lines.get(i)));
        }
        return new DrillParser(file).drill(id, numbered);
    }

    private Drill drill(String id, List<Section.Line> lines) throws DrillFormatException {
        Section.Line title = lines.stream().filter(l -> !l.blank()).findFirst()
                .orElseThrow(() -> fail(1, "the file is empty; a drill starts with '# Drill: <what to explain>'"));
        if (!title.text().startsWith("# Drill: ") || title.text().substring(9).isBlank()) {
            throw fail(title.number(), "the first line must be the title, '# Drill: <what to explain>'");
        }
        List<Section> sections = Section.split(lines.subList(lines.indexOf(title) + 1, lines.size()), "## ",
                title.number());
        if (sections.get(0).firstText().isPresent()) {
            throw fail(sections.get(0).firstText().get().number(), "text before '## Prompt'; put the scenario under '## Prompt'");
        }
        List<Section> named = sections.subList(1, sections.size());
        checkOrder(named, lines.size());
        String prompt = required(named.get(0));
        String model = required(named.get(1));
        List<Criterion> criteria = new RubricParser(this).criteria(named.get(2));
        return new Drill(id, title.text().substring(2).trim(), prompt, model, criteria);
    }

    private void checkOrder(List<Section> named, int lastLine) throws DrillFormatException {
        for (int i = 0; i < named.size(); i++) {
            Section section = named.get(i);
            if (!SECTIONS.contains(section.heading())) {
                throw fail(section.line(), "unknown section '## " + section.heading()
                        + "'; a drill has '## Prompt', '## Model answer' and '## Rubric'");
            }
            if (i >= SECTIONS.size() || !SECTIONS.get(i).equals(section.heading())) {
                String expected = i < SECTIONS.size() ? "'## " + SECTIONS.get(i) + "'" : "the end of the file";
                throw fail(section.line(), "'## " + section.heading() + "' is out of place; expected " + expected
                        + " here (order: Prompt, Model answer, Rubric, each once)");
            }
        }
        if (named.size() < SECTIONS.size()) {
            throw fail(lastLine, "missing '## " + SECTIONS.get(named.size())
                    + "' section; a drill has '## Prompt', '## Model answer' and '## Rubric', in that order");
        }
    }

    private String required(Section section) throws DrillFormatException {
        if (section.text().isEmpty()) {
            throw fail(section.line(), "'## " + section.heading() + "' is empty");
        }
        return section.text();
    }

    DrillFormatException fail(int line, String problem) {
        return new DrillFormatException(file, line, problem);
    }
}
