package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the criteria under {@code ## Rubric}: a heading, a learner-facing description, matcher lines. */
final class RubricParser {
    private static final Pattern HEADING = Pattern.compile("([a-z][a-z0-9-]*) \\((\\d+) points?(, bonus)?\\)");
    private static final Pattern MATCHER = Pattern.compile("- ([a-z][a-z ]*[a-z]):(.*)");
    /** The kinds that find hits (and so may end with {@code ! words}), as opposed to cue lines. */
    private static final java.util.Set<String> MATCHER_KINDS = java.util.Set.of("any", "same sentence", "same clause",
            "proposes", "states", "job", "partner");

    private final DrillParser parser;

    RubricParser(DrillParser parser) {
        this.parser = parser;
    }

    List<Criterion> criteria(Section rubric) throws DrillFormatException {
        List<Section> sections = Section.split(rubric.body(), "### ", rubric.line());
        if (sections.get(0).firstText().isPresent()) {
            throw parser.fail(sections.get(0).firstText().get().number(),
                    "text before the first criterion; every rubric line belongs to a '### <id> (<n> point)' criterion");
        }
        if (sections.size() == 1) {
            throw parser.fail(rubric.line(), "the rubric has no criteria; add one like '### setup (1 point)'");
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Section section : sections.subList(1, sections.size())) {
            Criterion criterion = criterion(section);
            if (!ids.add(criterion.id())) {
                throw parser.fail(section.line(), "criterion '" + criterion.id() + "' appears twice");
            }
            criteria.add(criterion);
        }
        return criteria;
    }

    private Criterion criterion(Section section) throws DrillFormatException {
        Matcher heading = HEADING.matcher(section.heading());
        if (!heading.matches() || Integer.parseInt(heading.group(2)) == 0) {
            throw parser.fail(section.line(), "criterion heading '### " + section.heading()
                    + "' must look like '### setup (1 point)' or '### bonus (1 point, bonus)':"
                    + " a lower-case id, then at least 1 point");
        }
        List<String> description = new ArrayList<>();
        List<dev.loopback.grader.drill.Matcher> matchers = new ArrayList<>();
        List<Term> negations = new ArrayList<>();
        List<Term> exclusions = new ArrayList<>();
        List<Term> requires = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (Section.Line line : section.body()) {
            if (line.text().startsWith("- example:")) {
                String example = line.text().substring("- example:".length()).strip();
                if (example.isEmpty()) {
                    throw parser.fail(line.number(), "'- example:' needs a sentence that makes the claim,"
                            + " e.g. '- example: The first call has to open a new connection.'");
                }
                examples.add(example);
            } else if (line.text().startsWith("- requires:")) {
                requires.addAll(terms(line, line.text().substring("- requires:".length())));
            } else if (line.text().startsWith("- ")) {
                matcherLine(line, matchers, negations, exclusions);
            } else if (!line.blank()) {
                description.add(line.text().strip());
            }
        }
        if (description.isEmpty()) {
            throw parser.fail(section.line(), "criterion '" + heading.group(1)
                    + "' has no description; say in a sentence what a good answer does");
        }
        if (matchers.isEmpty()) {
            throw parser.fail(section.line(), "criterion '" + heading.group(1)
                    + "' has no '- any:', '- same sentence:', '- same clause:', '- proposes:' or '- states:' line,"
                    + " so nothing could ever meet it");
        }
        return new Criterion(heading.group(1), Integer.parseInt(heading.group(2)), heading.group(3) != null,
                String.join(" ", description), matchers, negations, exclusions, requires, examples);
    }

    /**
     * Reads one {@code - kind: terms} line into the matchers, negation cues or exclusions it adds to; a matcher line
     * may end with {@code ! words}: a hit whose clause holds one of them does not count for that line.
     */
    void matcherLine(Section.Line line, List<dev.loopback.grader.drill.Matcher> matchers, List<Term> negations,
            List<Term> exclusions) throws DrillFormatException {
        Matcher m = MATCHER.matcher(line.text().strip());
        if (!m.matches()) {
            throw parser.fail(line.number(), "a matcher line reads '- any: word | other word',"
                    + " '- same sentence: a | b + c', '- same clause: a + b', '- proposes: a | b', '- states: a + b',"
                    + " '- not after: not | no', '- unless: word' or (in a criterion) '- requires: word'");
        }
        String kind = m.group(1);
        String rest = m.group(2);
        int bang = rest.indexOf('!');
        if (bang >= 0) {
            if (!MATCHER_KINDS.contains(kind)) {
                throw parser.fail(line.number(), "'!' (words that must not share the hit's clause) belongs on a"
                        + " matcher line ('- any:', '- same sentence:', '- same clause:', '- proposes:', '- states:'),"
                        + " not on '- " + kind + ":'");
            }
            List<dev.loopback.grader.drill.Matcher> inner = new ArrayList<>();
            matcherLine(new Section.Line(line.number(), "- " + kind + ":" + rest.substring(0, bang)), inner, negations,
                    exclusions);
            matchers.add(new dev.loopback.grader.drill.Matcher.Unless(inner.get(0), terms(line, rest.substring(bang + 1))));
            return;
        }
        switch (kind) {
            case "any" -> matchers.add(new dev.loopback.grader.drill.Matcher.AnyOf(terms(line, rest)));
            case "not after" -> negations.addAll(terms(line, rest));
            case "unless" -> exclusions.addAll(terms(line, rest));
            case "same sentence" -> matchers.add(new dev.loopback.grader.drill.Matcher.SameSentence(groups(line, kind, rest)));
            case "same clause" -> matchers.add(new dev.loopback.grader.drill.Matcher.SameClause(groups(line, kind, rest)));
            case "proposes" -> matchers.add(new dev.loopback.grader.drill.Matcher.Proposes(rest.contains("+")
                    ? new dev.loopback.grader.drill.Matcher.SameSentence(groups(line, kind, rest))
                    : new dev.loopback.grader.drill.Matcher.AnyOf(terms(line, rest))));
            case "states" -> matchers.add(new dev.loopback.grader.drill.Matcher.States(rest.contains("+")
                    ? new dev.loopback.grader.drill.Matcher.SameSentence(groups(line, kind, rest))
                    : new dev.loopback.grader.drill.Matcher.AnyOf(terms(line, rest))));
            case "job" -> {
                List<List<Term>> groups = groups(line, kind, rest);
                if (groups.size() != 2) {
                    throw parser.fail(line.number(), "'job' takes the thing and its jobs: '- job: keep-alive + open | reuse*'");
                }
                matchers.add(new dev.loopback.grader.drill.Matcher.WrongJob(groups.get(0), groups.get(1)));
            }
            case "partner" -> {
                List<List<Term>> groups = groups(line, kind, rest);
                if (groups.size() != 2) {
                    throw parser.fail(line.number(), "'partner' takes the thing and who it is done with: '- partner: handshak* + server* | upstream*'");
                }
                matchers.add(new dev.loopback.grader.drill.Matcher.WrongPartner(groups.get(0), groups.get(1)));
            }
            default -> throw parser.fail(line.number(), "unknown matcher '" + kind
                    + "'; use '- any:', '- same sentence:', '- same clause:', '- proposes:', '- states:',"
                    + " '- job:', '- partner:', '- not after:' or '- unless:'");
        }
    }

    private List<List<Term>> groups(Section.Line line, String kind, String rest) throws DrillFormatException {
        String[] groups = rest.split("\\+", -1);
        if (groups.length < 2) {
            throw parser.fail(line.number(), "'" + kind + "' needs at least two groups joined by '+',"
                    + " e.g. '- " + kind + ": tls | tcp + handshake*'");
        }
        List<List<Term>> parsed = new ArrayList<>();
        for (String group : groups) {
            parsed.add(terms(line, group));
        }
        return parsed;
    }

    private List<Term> terms(Section.Line line, String alternatives) throws DrillFormatException {
        TermParser.Either parsed = TermParser.parse(alternatives);
        if (parsed.problem().isPresent()) {
            throw parser.fail(line.number(), parsed.problem().get());
        }
        return parsed.terms();
    }
}
