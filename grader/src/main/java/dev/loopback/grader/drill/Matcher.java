package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

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
            return hits(terms, text, negation, t -> 0, -1);
        }
    }

    /** {@code - same sentence: a | b + c | d}: one term of every group, all in one sentence. */
    record SameSentence(List<List<Term>> groups) implements Matcher {
        public SameSentence {
            groups = groups.stream().map(List::copyOf).toList();
        }

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            return together(groups, text, negation, AnswerText.Token::sentence);
        }
    }

    /** {@code - same clause: a | b + c | d}: one term of every group, all in one clause (between commas, "but", ...). */
    record SameClause(List<List<Term>> groups) implements Matcher {
        public SameClause {
            groups = groups.stream().map(List::copyOf).toList();
        }

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            return together(groups, text, negation, AnswerText.Token::clause);
        }
    }

    /**
     * {@code - proposes: a | b} or {@code - proposes: a + b}: like {@code any} or {@code same sentence}, but only
     * in a sentence or clause that proposes something ("I'd use a pool", "Fix: keep-alive", "...; keep it alive"), so naming
     * keep-alive as the reason later calls are fast does not count as proposing it.
     */
    record Proposes(Matcher inner) implements Matcher {
        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            return inner.find(text, negation).stream()
                    .filter(h -> Claims.proposes(text, text.tokens().get(h.first()).sentence())
                            || Claims.proposesInClause(text, text.tokens().get(h.first()).clause())).toList();
        }
    }

    /**
     * {@code - states: a + b}: like {@code any} or {@code same sentence}, but only with words in clauses that state
     * what happens, not in clauses that propose a fix: "I'd use a connection pool and warm it up" claims nothing
     * about the cause.
     */
    record States(Matcher inner) implements Matcher {
        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            return inner.find(text, negation.onlyStatements());
        }
    }

    /**
     * {@code - job: thing + job | job}: the thing as the subject of a predicate that does none of its jobs ("The SYN
     * packet reserves bandwidth", "Keep-alive is what throttles the first request", "The pool on the first call
     * compiles the SQL"): a wrong job nobody listed. The predicate is the clause from the verb on; a copula counts
     * only as a definition ("is a ...", "is what ...", "means ..."), not with an adjective ("the pool is empty").
     */
    record WrongJob(List<Term> things, List<Term> jobs) implements Matcher {
        public WrongJob {
            things = List.copyOf(things);
            jobs = List.copyOf(jobs);
        }

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            List<Hit> found = new ArrayList<>();
            for (int i = 0; i < text.tokens().size(); i++) {
                for (Term thing : things) {
                    if (thing.matchesAt(text, i) && !negation.cancels(text, i)) {
                        int verb = Jobs.verbAfterSubject(text, i, thing.lastAt(i), things);
                        if (verb >= 0) {
                            int end = Claims.clauseRange(text, text.tokens().get(verb).clause())[1];
                            if (!Claims.any(jobs, text, verb, end)) {
                                found.add(new Hit(i, verb));
                            }
                        }
                        break;
                    }
                }
            }
            return found;
        }
    }

    /**
     * {@code - partner: thing + partners}: the thing done "with" or "between" someone who is none of its partners ("each
     * thread does a handshake with the scheduler"): a wrong party nobody listed. The partner is the rest of the clause.
     */
    record WrongPartner(List<Term> things, List<Term> partners) implements Matcher {
        public WrongPartner {
            things = List.copyOf(things);
            partners = List.copyOf(partners);
        }

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            List<Hit> found = new ArrayList<>();
            for (int i = 0; i < text.tokens().size(); i++) {
                for (Term thing : things) {
                    if (thing.matchesAt(text, i) && !negation.cancels(text, i)) {
                        int with = thing.lastAt(i) + 1;
                        int end = Claims.clauseRange(text, text.tokens().get(i).clause())[1];
                        if (with < end && Set.of("with", "between").contains(text.tokens().get(with).word())
                                && !Claims.any(partners, text, with + 1, end)) {
                            found.add(new Hit(i, end));
                        }
                        break;
                    }
                }
            }
            return found;
        }
    }

    /** A matcher line ending in {@code ! words}: its hits do not count in a clause that holds one of those words. */
    record Unless(Matcher inner, List<Term> exclusions) implements Matcher {
        public Unless {
            exclusions = List.copyOf(exclusions);
        }

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            return inner.find(text, negation).stream().filter(h -> {
                int[] clause = Claims.clauseRange(text, text.tokens().get(h.first()).clause());
                return !Claims.any(exclusions, text, clause[0], clause[1]);
            }).toList();
        }
    }

    private static List<Hit> together(List<List<Term>> groups, AnswerText text, Negation negation,
            ToIntFunction<AnswerText.Token> unit) {
        List<Hit> found = new ArrayList<>();
        int units = text.tokens().isEmpty() ? 0 : unit.applyAsInt(text.tokens().get(text.tokens().size() - 1)) + 1;
        for (int u = 0; u < units; u++) {
            List<Hit> inUnit = new ArrayList<>();
            for (List<Term> group : groups) {
                List<Hit> groupHits = hits(group, text, negation, unit, u);
                if (groupHits.isEmpty()) {
                    inUnit.clear();
                    break;
                }
                inUnit.addAll(groupHits);
            }
            found.addAll(inUnit);
        }
        return found;
    }

    /** Hits of any of {@code terms}, in one sentence or clause (by {@code unit}), or (when {@code which} is -1) anywhere. */
    private static List<Hit> hits(List<Term> terms, AnswerText text, Negation negation,
            ToIntFunction<AnswerText.Token> unit, int which) {
        List<Hit> found = new ArrayList<>();
        for (int i = 0; i < text.tokens().size(); i++) {
            if (which >= 0 && unit.applyAsInt(text.tokens().get(i)) != which) {
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
