package dev.loopback.runner.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines under one question heading: more question text, the options with their whys, the explanation. */
final class QuestionReader {
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 6;
    private static final Pattern OPTION = Pattern.compile("- \\[([ xX])\\] (.*\\S.*)");
    private static final Pattern WHY = Pattern.compile("\\s+> why: (.*\\S.*)");
    private static final Pattern MORE_WHY = Pattern.compile("\\s+>(?: (.*))?");

    private final QuizParser parser;
    private final int number;
    private final int headingLine;
    private final List<String> text = new ArrayList<>();
    private final List<Draft> options = new ArrayList<>();
    private final List<String> explanation = new ArrayList<>();

    /** An option being read, with the line it started on. */
    private record Draft(int line, String text, boolean correct, StringBuilder why) {}

    QuestionReader(QuizParser parser, int number, int headingLine, String heading) {
        this.parser = parser;
        this.number = number;
        this.headingLine = headingLine;
        text.add(heading);
    }

    void line(int lineNumber, String line) throws QuizFormatException {
        Matcher option = OPTION.matcher(line.stripTrailing());
        Matcher why = WHY.matcher(line.stripTrailing());
        Matcher moreWhy = MORE_WHY.matcher(line.stripTrailing());
        if (option.matches()) {
            startOption(lineNumber, option.group(1).isBlank(), option.group(2).trim());
        } else if (why.matches()) {
            firstWhy(lineNumber, why.group(1).trim());
        } else if (moreWhy.matches()) {
            moreWhy(lineNumber, moreWhy.group(1) == null ? "" : moreWhy.group(1).trim());
        } else if (line.startsWith("- ") || line.startsWith("* ")) {
            throw parser.fail(lineNumber, "an option reads '- [ ] text' or '- [x] text' (x marks the correct one)");
        } else if (!line.isBlank()) {
            text(lineNumber, line.strip());
        } else if (!explanation.isEmpty()) {
            explanation.add("");
        }
    }

    private void startOption(int lineNumber, boolean wrong, String optionText) throws QuizFormatException {
        if (!explanation.isEmpty()) {
            throw parser.fail(lineNumber, "option after the explanation; put the options first and the explanation paragraph last");
        }
        requireWhyOnLastOption();
        options.add(new Draft(lineNumber, optionText, !wrong, new StringBuilder()));
    }

    private void firstWhy(int lineNumber, String why) throws QuizFormatException {
        if (options.isEmpty() || !explanation.isEmpty() || !last().why().isEmpty()) {
            throw parser.fail(lineNumber, "a '> why:' line belongs directly under its option, once per option");
        }
        last().why().append(why);
    }

    private void moreWhy(int lineNumber, String more) throws QuizFormatException {
        if (options.isEmpty() || !explanation.isEmpty() || last().why().isEmpty()) {
            throw parser.fail(lineNumber, "an indented '>' line continues an option's '> why:'; start it with '  > why: '");
        }
        last().why().append(more.isEmpty() ? "\n" : " " + more);
    }

    private void text(int lineNumber, String line) throws QuizFormatException {
        if (options.isEmpty()) {
            text.add(line);
            return;
        }
        requireWhyOnLastOption();
        explanation.add(line);
    }

    Question finish() throws QuizFormatException {
        requireWhyOnLastOption();
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw parser.fail(headingLine, "question " + number + " has " + options.size() + " options; give "
                    + MIN_OPTIONS + " to " + MAX_OPTIONS + " (four is the course's style)");
        }
        List<Integer> correct = options.stream().filter(Draft::correct).map(Draft::line).toList();
        if (correct.size() != 1) {
            throw parser.fail(headingLine, "question " + number + (correct.isEmpty() ? " has no correct option"
                    : " marks the options on lines " + correct + " as correct") + "; mark exactly one with '- [x]'");
        }
        List<Option> built = options.stream().map(d -> new Option(d.text(), d.correct(), d.why().toString().strip())).toList();
        return new Question(number, String.join(" ", text), built, paragraphs(explanation));
    }

    /** Lines joined into paragraphs: one space inside a paragraph, a blank line between them. */
    static String paragraphs(List<String> lines) {
        return String.join("\n", lines).strip().replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    private void requireWhyOnLastOption() throws QuizFormatException {
        if (!options.isEmpty() && last().why().isEmpty()) {
            throw parser.fail(last().line(), "this option has no indented '> why: ...' line under it;"
                    + " every option says why it is right or wrong");
        }
    }

    private Draft last() {
        return options.get(options.size() - 1);
    }
}
