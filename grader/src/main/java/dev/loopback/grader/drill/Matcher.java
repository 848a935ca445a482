package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.List;

/** One line of a criterion: a way an answer can show the concept. */
public sealed interface Matcher {

    /** The answer's words (first and last index) that satisfy this matcher, leaving out negated ones. */
    List<Hit> find(AnswerText text, Negation negation);

    /** A run of answer words, {@code first} to {@code last} inclusive. */
    record Hit(int first, int last) {}

    /** {@code - any: a | b | c}: any one of the terms, anywhere in the answer. */
    record AnyOf(List<Term> terms) implements Matcher {
        public AnyOf {
            terms = List.copyOf(terms);
        }

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            return hits(terms, text, negation, -1);
        }
    }

    /** {@code - same sentence: a | b + c | d}: one term of every group, all in one sentence. */
    record SameSentence(List<List<Term>> groups) implements Matcher {
        public SameSentence {
            groups = groups.stream().map(List::copyOf).toList();
        }

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            List<Hit> found = new ArrayList<>();
            int sentences = text.tokens().isEmpty() ? 0 : text.tokens().get(text.tokens().size() - 1).sentence() + 1;
            for (int sentence = 0; sentence < sentences; sentence++) {
                List<Hit> inSentence = new ArrayList<>();
                for (List<Term> group : groups) {
                    List<Hit> groupHits = hits(group, text, negation, sentence);
                    if (groupHits.isEmpty()) {
                        inSentence.clear();
                        break;
                    }
                    inSentence.addAll(groupHits);
                }
                found.addAll(inSentence);
            }
            return found;
        }
    }

    /** Hits of any of {@code terms}, in one sentence or (when {@code sentence} is -1) anywhere. */
    private static List<Hit> hits(List<Term> terms, AnswerText text, Negation negation, int sentence) {
        List<Hit> found = new ArrayList<>();
        for (int i = 0; i < text.tokens().size(); i++) {
            if (sentence >= 0 && text.tokens().get(i).sentence() != sentence) {
                continue;
            }
            for (Term term : terms) {
                if (term.matchesAt(text, i) && !negation.cancels(text, i)) {
                    found.add(new Hit(i, term.lastAt(i)));
                }
            }
        }
        return found;
    }
}
