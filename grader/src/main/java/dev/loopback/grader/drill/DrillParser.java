package dev.loopback.grader.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a drill file ({@code # Drill: ...}, {@code ## Prompt}, {@code ## Model answer},
 * {@code ## Rubric} with {@code ### <id> (<n> point)} criteria, optionally {@code ## Misconceptions} with
 * {@code ### <id> (<criterion ids>)} wrong ideas; see course/AUTHORING.md).
 */
public final class DrillParser {
    private static final List<String> SECTIONS = List.of("Prompt", "Model answer", "Rubric", "Misconceptions");
    private static final int REQUIRED = 3;
    private static final Pattern MISCONCEPTION = Pattern.compile("([a-z][a-z0-9-]*) \\(([a-z][a-z0-9-]*(?:, *[a-z][a-z0-9-]*)*)\\)");

    private final Path file;

    private DrillParser(Path file) {
        this.file = file;
    }

    /** The drill in {@code file}, known to learners as {@code id}. */
    public static Drill parse(String id, Path file) throws IOException, DrillFormatException {
        return parse(id, file, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * The drill in {@code file} with its calibration attached when {@code <drill>.calibration.json} and
     * {@code <id>-labelled/} are beside it (see {@link Calibration#attach}); for the {@code drill} command only, as it
     * reads the whole labelled pool.
     */
    public static Drill parseCalibrated(String id, Path file) throws IOException, DrillFormatException {
        return Calibration.attach(parse(id, file), file);
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
        RubricParser rubric = new RubricParser(this);
        List<Criterion> criteria = rubric.criteria(named.get(2));
        List<Misconception> misconceptions = named.size() > REQUIRED
                ? misconceptions(rubric, named.get(3), criteria) : List.of();
        return new Drill(id, title.text().substring(2).trim(), prompt, model, criteria, misconceptions);
    }

    private List<Misconception> misconceptions(RubricParser rubric, Section section, List<Criterion> criteria)
            throws DrillFormatException {
        List<Section> entries = Section.split(section.body(), "### ", section.line());
        if (entries.get(0).firstText().isPresent()) {
            throw fail(entries.get(0).firstText().get().number(), "text before the first misconception;"
                    + " every line belongs to a '### <id> (<criterion ids>)' misconception");
        }
        Set<String> criterionIds = new HashSet<>();
        criteria.forEach(c -> criterionIds.add(c.id()));
        Set<String> ids = new HashSet<>();
        List<Misconception> misconceptions = new ArrayList<>();
        for (Section entry : entries.subList(1, entries.size())) {
            java.util.regex.Matcher heading = MISCONCEPTION.matcher(entry.heading());
            if (!heading.matches()) {
                throw fail(entry.line(), "misconception heading '### " + entry.heading() + "' must look like"
                        + " '### udp-handshake (handshake)': a lower-case id, then the criteria it touches");
            }
            List<String> touches = List.of(heading.group(2).split(", *"));
            for (String touched : touches) {
                if (!criterionIds.contains(touched)) {
                    throw fail(entry.line(), "misconception '" + heading.group(1) + "' touches '" + touched
                            + "', which is not a criterion of the rubric (" + String.join(", ", criterionIds) + ")");
                }
            }
            if (!ids.add(heading.group(1))) {
                throw fail(entry.line(), "misconception '" + heading.group(1) + "' appears twice");
            }
            List<String> correction = new ArrayList<>();
            List<Matcher> matchers = new ArrayList<>();
            List<Term> negations = new ArrayList<>();
            List<Term> exclusions = new ArrayList<>();
            for (Section.Line line : entry.body()) {
                if (line.text().startsWith("- ")) {
                    rubric.matcherLine(line, matchers, negations, exclusions);
                } else if (!line.blank()) {
                    correction.add(line.text().strip());
                }
            }
            if (correction.isEmpty()) {
                throw fail(entry.line(), "misconception '" + heading.group(1) + "' has no correction;"
                        + " say in a sentence or two what is true instead");
            }
            if (matchers.isEmpty()) {
                throw fail(entry.line(), "misconception '" + heading.group(1) + "' has no matcher line,"
                        + " so no answer could ever state it");
            }
            misconceptions.add(new Misconception(heading.group(1), touches, String.join(" ", correction), matchers,
                    negations, exclusions));
        }
        return misconceptions;
    }

    private void checkOrder(List<Section> named, int lastLine) throws DrillFormatException {
        for (int i = 0; i < named.size(); i++) {
            Section section = named.get(i);
            if (!SECTIONS.contains(section.heading())) {
                throw fail(section.line(), "unknown section '## " + section.heading()
                        + "'; a drill has '## Prompt', '## Model answer', '## Rubric' and optionally '## Misconceptions'");
            }
            if (i >= SECTIONS.size() || !SECTIONS.get(i).equals(section.heading())) {
                String expected = i < SECTIONS.size() ? "'## " + SECTIONS.get(i) + "'" : "the end of the file";
                throw fail(section.line(), "'## " + section.heading() + "' is out of place; expected " + expected
                        + " here (order: Prompt, Model answer, Rubric, then optionally Misconceptions, each once)");
            }
        }
        if (named.size() < REQUIRED) {
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
