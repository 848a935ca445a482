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
     * {@code - partner: thing + partners}: the thing given a kind or a party that is none of its partners. A party:
     * done "with" or "between" someone none of the partners names ("each thread does a handshake with the scheduler",
     * "it happens between our process and the kernel": every party joined by "and" must be one, and a protocol named
     * in capitals, "the NTP server", must be a partner too). A kind: a protocol in capitals or a layer right before
     * the thing ("a BGP handshake", "an HTTP-level three-way handshake"), a protocol that "has its own" thing, or the
     * thing equated with a named mechanism ("the SYN, SYN-ACK, ACK pattern is Nagle's algorithm").
     */
    record WrongPartner(List<Term> things, List<Term> partners) implements Matcher {
        public WrongPartner {
            things = List.copyOf(things);
            partners = List.copyOf(partners);
        }

        private static final Set<String> HAPPENS = Set.of("happens", "happen", "happened", "runs", "run", "ran",
                "occurs", "occur", "place", "done", "performed", "made", "is", "are", "was", "were");
        private static final Set<String> SAME_THING = Set.of("pattern", "exchange", "sequence", "packets", "and", "or",
                "syn", "ack", "synack", "handshake", "handshakes", "itself");
        private static final Set<String> HAS_OWN = Set.of("has", "have", "runs", "run", "does", "do", "uses", "use");
        private static final Set<String> JOINS = Set.of("and", "or");
        private static final Set<String> THREE_WAY = Set.of("three", "way", "3");
        private static final Set<String> OWNERS = Set.of("its", "their");
        private static final Set<String> COPULA = Set.of("is", "are", "was", "were");
        /** Parties and kinds a handshake may have besides the drill's partners: protocols, peers, roles. */
        private static final Set<String> ALWAYS_PARTNERS = Set.of("tcp's", "tls's", "ssl's", "tcp", "tls", "ssl", "https",
                "quic", "api", "lb", "alb", "elb", "nlb", "cdn", "db", "syn", "ack", "rtt", "i", "ok", "mtls", "grpc", "rest",
                "aws", "gcp", "ip", "tcp/ip", "you", "your", "me", "both", "sides", "ends", "peers", "parties", "machines",
                "hosts");

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            List<Hit> found = new ArrayList<>();
            List<AnswerText.Token> tokens = text.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (Term thing : things) {
                    if (thing.matchesAt(text, i) && !negation.cancels(text, i)) {
                        int last = thing.lastAt(i);
                        int end = Claims.clauseRange(text, tokens.get(i).clause())[1];
                        if (wrongKind(text, i) || equated(text, last)) {
                            found.add(new Hit(i, last));
                        } else {
                            int with = party(text, i, last);
                            if (with >= 0) {
                                int partyEnd = Claims.clauseRange(text, tokens.get(with).clause())[1];
                                if (with < partyEnd && !knownParties(text, with + 1, partyEnd,
                                        tokens.get(with).word().equals("between"))) {
                                    found.add(new Hit(i, partyEnd));
                                }
                            }
                        }
                        break;
                    }
                }
            }
            return found;
        }

        /** The "with"/"between" that names the thing's party: right after it, or after "it happens" later in its sentence. */
        private static int party(AnswerText text, int first, int last) {
            List<AnswerText.Token> tokens = text.tokens();
            int sentence = tokens.get(first).sentence();
            for (int at = last + 1; at < tokens.size() && tokens.get(at).sentence() == sentence; at++) {
                String word = tokens.get(at).word();
                if (word.equals("with") || word.equals("between")) {
                    if (at == last + 1 || HAPPENS.contains(tokens.get(at - 1).word())) {
                        return at;
                    }
                }
            }
            return -1;
        }

        /**
         * The party names a partner (each of the two "between" joins with "and"; "with" ends at "and"), and no protocol in
         * capitals names none.
         */
        private boolean knownParties(AnswerText text, int from, int to, boolean between) {
            int start = from;
            for (int at = from; at <= to + 1; at++) {
                if (at > to || JOINS.contains(text.tokens().get(at).word())) {
                    if (!between) {
                        to = Math.min(to, at - 1);
                        if (start <= to && !Claims.any(partners, text, start, to)) {
                            return false;
                        }
                        break;
                    }
                    if (start <= at - 1 && !Claims.any(partners, text, start, at - 1)) {
                        return false;
                    }
                    start = at + 1;
                }
            }
            for (int at = from; at <= to; at++) {
                if (protocol(text, at) && !partner(text, at)) {
                    return false;
                }
            }
            return true;
        }

        private boolean wrongKind(AnswerText text, int first) {
            List<AnswerText.Token> tokens = text.tokens();
            int before = first - 1;
            while (before > 0 && THREE_WAY.contains(tokens.get(before).word())) {
                before--;
            }
            if (before < 0 || tokens.get(before).sentence() != tokens.get(first).sentence()) {
                return false;
            }
            String word = tokens.get(before).word();
            if ((word.equals("level") || word.equals("layer")) && before > 0) {
                return !partner(text, before - 1);
            }
            if (protocol(text, before)) {
                return !partner(text, before);
            }
            if (word.equals("own") && before >= 3 && OWNERS.contains(tokens.get(before - 1).word())
                    && HAS_OWN.contains(tokens.get(before - 2).word())) {
                return protocol(text, before - 3) && !partner(text, before - 3);
            }
            return false;
        }

        /** "the SYN, SYN-ACK, ACK pattern is Nagle's algorithm": the thing is another, named mechanism. */
        private boolean equated(AnswerText text, int last) {
            List<AnswerText.Token> tokens = text.tokens();
            int end = Claims.sentenceRange(text, tokens.get(last).sentence())[1];
            int at = last + 1;
            while (at <= end && SAME_THING.contains(tokens.get(at).word())) {
                at++;
            }
            if (at + 1 > end || !COPULA.contains(tokens.get(at).word())) {
                return false;
            }
            AnswerText.Token name = tokens.get(at + 1);
            if (name.word().equals("how") && howParties(text, at + 2, end)) {
                return true;
            }
            return Character.isUpperCase(text.source().charAt(name.start())) && name.word().length() > 2
                    && !partner(text, at + 1);
        }

        /** Verbs by which the two parties of "is how X and Y agree ..." act together. */
        private static final Set<String> TOGETHER = Set.of("agree", "agrees", "exchange", "exchanges", "negotiate",
                "negotiates", "decide", "decides", "choose", "chooses", "pick", "picks", "settle", "settles", "talk",
                "talks", "sync", "synchronise", "synchronize", "confirm", "confirms", "prove", "say", "know", "find");

        /** "the SYN/SYN-ACK/ACK exchange is how the client and the network agree which ...": both must be partners. */
        private boolean howParties(AnswerText text, int from, int end) {
            int verb = from;
            while (verb <= end && !TOGETHER.contains(text.tokens().get(verb).word())) {
                verb++;
            }
            if (verb > end) {
                return false;
            }
            boolean joined = false;
            for (int at = from; at < verb; at++) {
                joined |= text.tokens().get(at).word().equals("and");
            }
            return joined && !knownParties(text, from, verb - 1, true);
        }

        private boolean partner(AnswerText text, int at) {
            return Claims.any(partners, text, at, at) || ALWAYS_PARTNERS.contains(text.tokens().get(at).word());
        }

        /** A protocol or system named in capitals ("BGP", "OSPF", "EHLO", "NTP"). */
        private static boolean protocol(AnswerText text, int at) {
            AnswerText.Token token = text.tokens().get(at);
            String raw = text.source().substring(token.start(), token.end());
            return raw.length() >= 2 && raw.length() <= 6 && raw.chars().anyMatch(Character::isLetter)
                    && raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** A matcher line ending in {@code ! words}: its hits do not count in a sentence that holds one of those words. */
    record Unless(Matcher inner, List<Term> exclusions) implements Matcher {
        public Unless {
            exclusions = List.copyOf(exclusions);
        }

        @Override
        public List<Hit> find(AnswerText text, Negation negation) {
            return inner.find(text, negation).stream().filter(h -> {
                int[] sentence = Claims.sentenceRange(text, text.tokens().get(h.first()).sentence());
                return !Claims.any(exclusions, text, sentence[0], sentence[1]);
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
