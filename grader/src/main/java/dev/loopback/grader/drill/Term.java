package dev.loopback.grader.drill;

import java.util.List;

/** A word or phrase an author wrote in a matcher, matched against consecutive words of one sentence. */
public record Term(String source, List<WordPattern> words) {

    public Term {
        words = List.copyOf(words);
    }

    /** Whether the answer's words starting at {@code first} spell this term inside one sentence. */
    boolean matchesAt(AnswerText text, int first) {
        List<AnswerText.Token> tokens = text.tokens();
        if (first + words.size() > tokens.size()) {
            return false;
        }
        int sentence = tokens.get(first).sentence();
        for (int i = 0; i < words.size(); i++) {
            AnswerText.Token token = tokens.get(first + i);
            if (token.sentence() != sentence || !words.get(i).matches(token.word())) {
                return false;
            }
        }
        return true;
    }

    /** The index of the last answer word a match starting at {@code first} covers. */
    int lastAt(int first) {
        return first + words.size() - 1;
    }
}
