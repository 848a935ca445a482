package dev.loopback.runner.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quick-check file: {@code # Quick check: ...}, then questions {@code ## 1. text} with
 * options {@code - [ ] text} / {@code - [x] text}, each followed by an indented {@code > why: ...}
 * (see course/AUTHORING.md).
 */
public final class QuizParser {
    private static final Pattern QUESTION = Pattern.compile("## (\\d+)\\. (.*\\S.*)");

    private final Path file;

    private QuizParser(Path file) {
        this.file = file;
    }

    /** The quick check in {@code file}, known to learners as {@code id}. */
    public static Quiz parse(String id, Path file) throws IOException, QuizFormatException {
        return parse(id, file, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Quiz parse(String id, Path file, List<String> lines) throws QuizFormatException {
        return new QuizParser(file).quiz(id, lines);
    }

    private Quiz quiz(String id, List<String> lines) throws QuizFormatException {
        int at = 0;
        while (at < lines.size() && lines.get(at).isBlank()) {
            at++;
        }
        if (at == lines.size() || !lines.get(at).startsWith("# Quick check: ") || lines.get(at).substring(15).isBlank()) {
            throw fail(Math.min(at + 1, Math.max(lines.size(), 1)), "the first line must be the title, '# Quick check: <topic>'");
        }
        String title = lines.get(at).substring(2).trim();
        int titleLine = at + 1;
        List<String> intro = new ArrayList<>();
        for (at++; at < lines.size() && !lines.get(at).startsWith("## "); at++) {
            intro.add(lines.get(at));
        }
        List<Question> questions = new ArrayList<>();
        while (at < lines.size()) {
            int end = at + 1;
            while (end < lines.size() && !lines.get(end).startsWith("## ")) {
                end++;
            }
            questions.add(question(questions.size() + 1, at, lines.subList(at, end)));
            at = end;
        }
        if (questions.isEmpty()) {
            throw fail(titleLine, "no questions; add one like '## 1. <question>'");
        }
        return new Quiz(id, title, QuestionReader.paragraphs(intro), questions);
    }

    private Question question(int expected, int heading, List<String> block) throws QuizFormatException {
        Matcher m = QUESTION.matcher(block.get(0).stripTrailing());
        if (!m.matches()) {
            throw fail(heading + 1, "a question heading reads '## " + expected + ". <question>'");
        }
        if (Integer.parseInt(m.group(1)) != expected) {
            throw fail(heading + 1, "question numbered " + m.group(1) + " where " + expected
                    + " was expected; number the questions 1, 2, 3, ... in order");
        }
        QuestionReader reader = new QuestionReader(this, expected, heading + 1, m.group(2).trim());
        for (int i = 1; i < block.size(); i++) {
            reader.line(heading + 1 + i, block.get(i));
        }
        return reader.finish();
    }

    QuizFormatException fail(int line, String problem) {
        return new QuizFormatException(file, line, problem);
    }
}
