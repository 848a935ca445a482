package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** Reads the terms of one matcher line ({@code keep-alive | pool* | handshake~}); returns a problem instead of throwing. */
final class TermParser {
    private TermParser() {}

    /** The terms separated by {@code |}, or the first problem found as the left side. */
    static Either parse(String alternatives) {
        List<Term> terms = new ArrayList<>();
        for (String source : alternatives.split("\\|", -1)) {
            String trimmed = source.trim();
            if (trimmed.isEmpty()) {
                return new Either(List.of(), Optional.of("empty term in '" + alternatives.trim()
                        + "': write words between the '|' separators"));
            }
            Either term = term(trimmed);
            if (term.problem().isPresent()) {
                return term;
            }
            terms.addAll(term.terms());
        }
        return new Either(terms, Optional.empty());
    }

    /** Terms or a problem, never both. */
    record Either(List<Term> terms, Optional<String> problem) {}

    private static Either term(String source) {
        List<WordPattern> words = new ArrayList<>();
        for (String chunk : source.split("\\s+")) {
            WordPattern.Kind kind = chunk.endsWith("*") ? WordPattern.Kind.STEM
                    : chunk.endsWith("~") ? WordPattern.Kind.FUZZY : WordPattern.Kind.EXACT;
            String bare = kind == WordPattern.Kind.EXACT ? chunk : chunk.substring(0, chunk.length() - 1);
            String lower = bare.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!lower.matches("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*")) {
                return problem("'" + chunk + "' in term '" + source + "': use letters, digits, - and ',"
                        + " with * (word stem) or ~ (one typo allowed) only at the end of a word");
            }
            if (kind == WordPattern.Kind.FUZZY && lower.length() < WordPattern.FUZZY_MIN_LENGTH) {
                return problem("'" + chunk + "' in term '" + source + "': ~ needs a word of at least "
                        + WordPattern.FUZZY_MIN_LENGTH + " letters, shorter words would match too much");
            }
            Matcher parts = AnswerText.WORD.matcher(lower);
            List<String> split = new ArrayList<>();
            while (parts.find()) {
                split.add(parts.group());
            }
            for (int i = 0; i < split.size(); i++) {
                words.add(new WordPattern(split.get(i), i == split.size() - 1 ? kind : WordPattern.Kind.EXACT));
            }
        }
        return new Either(List.of(new Term(source, words)), Optional.empty());
    }

    private static Either problem(String problem) {
        return new Either(List.of(), Optional.of(problem));
    }
}
