package dev.loopback.grader.drill;

import java.util.List;
import java.util.Set;

/**
 * What makes a matched word a claim the learner makes, in any drill: built-in negation scoped over the
 * clause ("it is not because of the TLS handshake"), dismissal ("the handshake is too cheap to explain
 * it", "there is a handshake, but that only costs a few ms"), doubt and questions ("could it be the
 * handshake?"), and whether a sentence proposes something ("I'd use a pool", "Enable keep-alive").
 */
final class Claims {
    private Claims() {}

    /** Cues that deny what follows them in the same clause. ("no" and "without" are left to each criterion.) */
    static final List<Term> NEGATION = terms("not | never | isn't | aren't | wasn't | weren't | doesn't | don't"
            + " | didn't | can't | cannot | won't | wouldn't | shouldn't | couldn't | hardly | neither | nor"
            + " | isnt | arent | wasnt | doesnt | dont | didnt | cant | wouldnt | shouldnt | couldnt"
            + " | rather than | instead of | nothing to do with | unrelated to");

    /** After a negation cue, these words make it a restriction, not a denial: "not only", "not just". */
    private static final Set<String> NOT_A_DENIAL = Set.of("only", "just", "merely", "necessarily", "yet");

    /**
     * A negation after these words in its clause describes later calls, not a denial of the idea: "later calls
     * don't pay the handshake" says the first one does.
     */
    private static final List<Term> LATER = terms("later | subsequent* | next | other | others | rest | following"
            + " | second | afterwards | after | reused | reuse* | warm | already | again | repeat*");

    /**
     * Words that put a clause about the later calls ("Every call after that rides the same connection, so it only costs
     * the 40 ms"): a consequence of such a clause is about those calls, not a dismissal. Narrower than {@link #LATER}:
     * "the connection is reused anyway, so it costs nothing" dismisses.
     */
    private static final List<Term> LATER_CALLS = terms("later | subsequent* | next | rest | following | second"
            + " | afterwards | after | other calls | other requests | others");

    /** Phrases that dismiss whatever their clause names. */
    static final List<Term> DISMISSAL = terms("too cheap | too small | too short | too fast | too quick | far too"
            + " | negligible | insignificant | can't explain | cannot explain | can not explain | doesn't explain"
            + " | does not explain | don't explain | won't explain | wouldn't explain | can't account | cannot account"
            + " | doesn't account | does not account | only costs | only cost | only takes | only adds | only add"
            + " | only a few | just a few | only a couple | next to nothing | costs nothing | cost nothing"
            + " | not the problem | not the cause | not the reason | not the issue | not the bottleneck | not it"
            + " | isn't the problem | isn't the cause | isn't the reason | isn't the issue | red herring | irrelevant"
            + " | doesn't matter | does not matter | won't help | wouldn't help | not help | doesn't help | can't help"
            + " | ruled out | rule out | unlikely | i doubt | doubt it | not sure | no idea | don't know | dunno"
            + " | myth | is a myth | overrated | wrong answer | micro-optimi* | micro optimi* | microoptimi*"
            + " | change anything | changes nothing | change nothing | no difference | wouldn't matter | won't matter"
            + " | people blame | people always blame | people usually blame | people often blame | everyone blames"
            + " | usual suspect | basically free | essentially free | practically free | no role | no real role"
            + " | no meaningful role | no significant role | no big role | no part | little part | little role"
            + " | no bearing | no real effect | no measurable | not a factor | not a real factor | not what's going on"
            + " | not what is going on | not what's happening | not what is happening | little to do with"
            + " | none of that | none of this | none of these | none of those | none of them | can't matter"
            + " | cannot matter | couldn't matter | doesn't hold up | does not hold up | don't hold up"
            + " | wouldn't bother | won't bother | not worth | isn't worth | i disagree | we disagree"
            + " | some would say | some say | some people say | people say | some might say | many would say"
            + " | you'd think | you might think | one might think | everyone suggests | everybody suggests"
            + " | everyone says | everybody says | usual advice | conventional wisdom | overkill | not needed"
            + " | unnecessary | pointless | no need | is noise | just noise | in the noise | textbook answer | doesn't fit | does not fit | don't fit"
            + " | doesn't apply | does not apply | don't apply | same thing | i don't buy | don't buy"
            + " | nowhere near | not nearly | rounding error | that's wrong | that is wrong | this is wrong | i was wrong"
            + " | was wrong | considered all | considered it all | looked at all | my first thought | my first guess"
            + " | at first i thought | i first thought | i initially thought | can't be the cause | cannot be the cause"
            + " | can't be the reason | cannot be the reason | can't be it | can't be that | was going to say"
            + " | i was going to | was about to say | won't do anything | wouldn't do anything | doesn't do anything"
            + " | won't do much | does nothing | would do nothing | will do nothing");

    /**
     * Phrases that name the one cause the learner settles on ("The real cause is the JVM", "So the gap has to be the
     * lazy initialisation"): whatever an earlier sentence named and this one does not is set aside, however far back.
     */
    private static final List<Term> DISPLACEMENT = terms("real cause | actual cause | real reason | actual reason"
            + " | real culprit | actual culprit | the culprit is | real problem | actual problem | real issue"
            + " | real bottleneck | what really costs | what costs the time | what actually costs | the time goes"
            + " | the time really goes | the time actually goes | it must be | it has to be"
            + " | gap has to be | gap must be | it's really | it is really | it's actually | it is actually"
            + " | the answer is the | true cause | true reason");

    /** Whether sentence {@code sentence} settles on a cause ({@link #DISPLACEMENT}), as a statement, not a question or a denial. */
    static boolean displaces(AnswerText text, int sentence) {
        List<AnswerText.Token> tokens = text.tokens();
        int start = firstOfSentence(tokens, sentence);
        int end = firstOfSentence(tokens, sentence + 1) - 1;
        if (start > end || text.questions().contains(sentence)) {
            return false;
        }
        for (int i = start; i <= end; i++) {
            for (Term term : DISPLACEMENT) {
                if (term.lastAt(i) <= end && term.matchesAt(text, i) && !negated(text, i, NEGATION)
                        && !any(NEGATION, text, term.lastAt(i) + 1, Math.min(end, term.lastAt(i) + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Magnitudes that dismiss a cost ("a couple of milliseconds", "too cheap to matter") and collective dismissals
     * ("none of that applies"): a sentence that says one of these about the connection sets aside every earlier
     * sentence, however long the exposition before it.
     */
    private static final List<Term> MAGNITUDE = terms("couple of milliseconds | couple of ms | few milliseconds"
            + " | few ms | handful of ms | handful of milliseconds | under a millisecond | under one millisecond"
            + " | under 1 ms | under 1ms | less than a millisecond | sub-millisecond | sub-ms | microseconds"
            + " | one or two milliseconds | 1-2 ms | 1-2ms | one or two ms | too cheap | too small | too fast"
            + " | is noise | just noise | in the noise | millisecond or two | a millisecond each | of a millisecond"
            + " | negligible | basically free | practically free | essentially free | rounding error");
    private static final List<Term> COLLECTIVE_DISMISSAL = terms("none of that applies | none of this applies"
            + " | none of that matters | none of this matters | none of it applies | none of that is happening"
            + " | none of that happens | none of this happens | none of that is it | none of that is the cause"
            + " | none of that explains | none of this explains | none of that is relevant | none of this is relevant");
    /**
     * Explicit retractions and disowned expositions ("EDIT: scratch all of the above", "ignore what I wrote above",
     * "that's the textbook version. It doesn't describe our setup"): whatever came before is not the learner's claim,
     * whatever the sentence itself says about later calls or fixes.
     */
    private static final List<Term> RETRACTION = terms("scratch all | scratch everything | scratch that"
            + " | scratch the above | retract everything | retract all | i retract | take it all back | take all that back"
            + " | take that back | forget the above | forget all that | forget all of that | forget everything"
            + " | forget what i | ignore what i | ignore everything i | disregard the above | disregard what i"
            + " | disregard all | disregard everything | never mind all | never mind everything | never mind the above"
            + " | textbook version | textbook story | textbook explanation | textbook account | doesn't describe our"
            + " | does not describe our | doesn't describe what | does not describe what | not what happens here"
            + " | not what happens in our"
            // the connection ruled out as a whole, a colleague's or article's version disowned, sarcasm
            + " | can't be what* | cannot be what* | can't be it | cannot be it | that can't be it | doesn't hold up"
            + " | does not hold up | doesn't match what | does not match what | no tcp connection | no connection on our"
            + " | no connection to set up | no connection to open | no connection to establish | nothing to keep alive"
            + " | he's wrong | she's wrong | they're wrong | he is wrong | she is wrong | they are wrong"
            + " | yeah right | oh sure | sure blame | yeah sure");
    /** A cost kept as part of the gap ("explain part of the gap"): its size is weighed, not dismissed. */
    private static final List<Term> PART = terms("part of | some of | partly | partially | a share of | adds up | add up");
    private static final List<Term> CONNECTION = terms("handshak* | three-way | 3-way | connection~ | connect* | socket*"
            + " | round trip* | round-trip* | rtt | rtts | tcp | tls | ssl | setup | set up | setting up | opening");

    /**
     * Whether sentence {@code sentence} sets aside what came before it: a statement, not a question, a proposal or a
     * clause about the later calls, that dismisses the connection by its size in the clause that names it ("A
     * handshake inside one region is a couple of milliseconds", "Opening the connection is too cheap to matter") or
     * all at once ("None of that applies here").
     */
    static boolean setsAside(AnswerText text, int sentence) {
        List<AnswerText.Token> tokens = text.tokens();
        int start = firstOfSentence(tokens, sentence);
        int end = firstOfSentence(tokens, sentence + 1) - 1;
        if (start <= end && !text.questions().contains(sentence) && any(RETRACTION, text, start, end)) {
            return true;
        }
        if (start > end || text.questions().contains(sentence) || any(LATER_CALLS, text, start, end)
                || any(PART, text, start, end) || proposes(text, sentence)) {
            return false;
        }
        if (any(COLLECTIVE_DISMISSAL, text, start, end)) {
            return true;
        }
        for (int i = start; i <= end; i++) {
            if (startsWith(MAGNITUDE, text, i, end) && !(i > 0 && NOT_BEFORE.contains(tokens.get(i - 1).word()))) {
                int[] clause = clauseRange(text, tokens.get(i).clause());
                int[] before = clauseRange(text, tokens.get(i).clause() - 1);
                boolean named = any(CONNECTION, text, clause[0], i - 1) || before != null
                        && tokens.get(before[0]).sentence() == sentence && any(CONNECTION, text, before[0], before[1]);
                if (named) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Phrases that take back a fix proposed earlier ("Actually, scratch the fix: ..."). */
    private static final List<Term> RETRACTED_FIX = terms("scratch the fix | scratch that fix | scratch my fix"
            + " | forget the fix | forget my fix | never mind the fix | drop the fix | scratch the remedy"
            + " | forget the remedy | scratch the suggestion | forget the suggestion | take back the fix");

    /** Whether sentence {@code sentence} takes back a fix proposed before it, outside a question. */
    static boolean retractsFix(AnswerText text, int sentence) {
        List<AnswerText.Token> tokens = text.tokens();
        int start = firstOfSentence(tokens, sentence);
        int end = firstOfSentence(tokens, sentence + 1) - 1;
        return start <= end && !text.questions().contains(sentence) && any(RETRACTED_FIX, text, start, end);
    }

    /** Adjectives that dismiss a named idea when they follow it in its clause ("the handshake is cheap"). */
    private static final List<Term> SMALL = terms("cheap | negligible | trivial | insignificant | tiny | marginal"
            + " | irrelevant | minor | nothing | quick | microsecond* | sub-millisecond | sub-ms | a millisecond"
            + " | one millisecond | a few milliseconds | 1 ms | 1ms | one ms | a few ms");

    /**
     * A later clause of the sentence that starts with one of these (after {@link #ADVERBS}) is the predicate of the
     * hit's clause: "The TCP handshake, which people usually blame, is honestly not the problem here".
     */
    private static final Set<String> PREDICATE = Set.of("is", "are", "was", "were", "isn't", "aren't", "wasn't",
            "weren't", "doesn't", "don't", "didn't", "can't", "cannot", "won't", "wouldn't", "does", "do", "only",
            "costs", "cost", "takes", "adds", "plays", "has", "matters", "accounts", "explains");
    private static final Set<String> ADVERBS = Set.of("honestly", "really", "actually", "usually", "certainly",
            "clearly", "definitely", "frankly", "probably", "still", "just", "also", "in", "fact", "truly", "surely");

    /** Words that open a clause referring back to the previous one ("..., but that only costs a few ms"). */
    private static final Set<String> BACK_REFERENCE = Set.of("that", "that's", "it", "it's", "this", "this's",
            "which", "those", "these", "they", "they're", "them", "both", "none", "neither");
    /** Back references to several things at once ("none of that", "those", "both"): they reach every earlier clause of the sentence. */
    private static final Set<String> COLLECTIVE = Set.of("those", "these", "they", "they're", "them", "both", "none",
            "neither");
    /** A sentence that opens with one of these, alone in its first clause, takes back the sentence before ("Actually, no: ..."). */
    private static final List<Term> TAKE_BACK = terms("no | nope | nah | wrong | i disagree | we disagree | not really"
            + " | scratch that | on second thought | on second thoughts");
    private static final Set<String> LINKS = Set.of("but", "yet", "though", "although", "however");
    /** A clause that starts with one of these states a consequence ("..., so they are quick"), not a dismissal. */
    private static final Set<String> CONSEQUENCE = Set.of("so", "thus", "hence", "therefore");

    /**
     * Whether the answer word at {@code first} sits in a question, in a clause that dismisses or denies it, or in a
     * sentence the next one takes back.
     */
    static boolean notAClaim(AnswerText text, int first) {
        AnswerText.Token token = text.tokens().get(first);
        if (text.questions().contains(token.sentence())) {
            return true;
        }
        return dismissed(text, token.clause(), first) || negated(text, first, NEGATION)
                || takenBack(text, token.sentence());
    }

    /**
     * Whether the answer word at {@code first} is not stated by the learner: in a question, denied, attributed to others
     * in its clause, or in a sentence the next one takes back. Unlike {@link #notAClaim}, a dismissal ("..., so it
     * can't explain the gap") does not unsay it: a misconception stays stated when its author calls it cheap.
     */
    static boolean notStated(AnswerText text, int first) {
        AnswerText.Token token = text.tokens().get(first);
        int[] range = clauseRange(text, token.clause());
        return text.questions().contains(token.sentence()) || negated(text, first, NEGATION)
                || attributed(text, range[0], range[1]) || takenBack(text, token.sentence());
    }

    /**
     * Whether the answer word at {@code first} is dismissed or taken back (questions aside). A plain negation is left out:
     * "JIT is not a connection cost" assigns the other cost, it does not dismiss the connection.
     */
    static boolean dismissedOrTakenBack(AnswerText text, int first) {
        AnswerText.Token token = text.tokens().get(first);
        return dismissed(text, token.clause(), first) || takenBack(text, token.sentence())
                || answersNo(text, token.sentence());
    }

    /**
     * Whether {@code sentence} answers the question before it with "No" ("Could it be connection setup? No, the client
     * library keeps connections alive."): what it names is the reason for ruling the question out, not a cause.
     */
    static boolean answersNo(AnswerText text, int sentence) {
        List<AnswerText.Token> tokens = text.tokens();
        int start = firstOfSentence(tokens, sentence);
        if (sentence == 0 || start >= tokens.size() || !text.questions().contains(sentence - 1)) {
            return false;
        }
        int at = start;
        while (at < tokens.size() - 1 && Set.of("also", "so", "well", "and", "again", "then").contains(tokens.get(at).word())) {
            at++;
        }
        return Set.of("no", "nope", "nah").contains(tokens.get(at).word());
    }

    /** Whether a cue of {@code cues} denies the word at {@code first}: earlier in its clause, not "not only", not about later calls. */
    static boolean negated(AnswerText text, int first, List<Term> cues) {
        List<AnswerText.Token> tokens = text.tokens();
        int clause = tokens.get(first).clause();
        int start = first;
        while (start > 0 && tokens.get(start - 1).clause() == clause) {
            start--;
        }
        for (int i = start; i < first; i++) {
            for (Term cue : cues) {
                int end = cue.lastAt(i);
                if (end < first && cue.matchesAt(text, i) && denies(tokens, end, first) && !aboutLaterCalls(text, start, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean denies(List<AnswerText.Token> tokens, int cueEnd, int hit) {
        return cueEnd + 1 == hit || !NOT_A_DENIAL.contains(tokens.get(cueEnd + 1).word());
    }

    private static boolean aboutLaterCalls(AnswerText text, int clauseStart, int cue) {
        return any(LATER, text, clauseStart, cue - 1);
    }

    /**
     * A clause is dismissed by a dismissal phrase in it, a small-word after the hit, or a later clause of the sentence
     * that refers back and dismisses: the next clause ("..., but that only costs a few ms"), or any later one when it
     * refers back to several things ("The TLS handshake, the TCP handshake, connection reuse: none of that is it").
     * A consequence ("..., so they are quick") dismisses only with a dismissal phrase and not about later calls.
     */
    private static boolean dismissed(AnswerText text, int clause, int first) {
        int[] range = clauseRange(text, clause);
        if (range == null) {
            return false;
        }
        if (dismisses(DISMISSAL, text, range[0], range[1]) || dismisses(SMALL, text, first + 1, range[1])
                || attributed(text, range[0], range[1])) {
            return true;
        }
        int sentence = text.tokens().get(first).sentence();
        int[] next = clauseRange(text, clause + 1);
        if (next == null || text.tokens().get(next[0]).sentence() != sentence) {
            return false;
        }
        if (dismissedLaterInSentence(text, clause, first)) {
            return true;
        }
        boolean chained = true;
        for (int c = clause + 1; ; c++) {
            int[] later = clauseRange(text, c);
            if (later == null || text.tokens().get(later[0]).sentence() != sentence) {
                return false;
            }
            String opening = text.tokens().get(later[0]).word();
            boolean adjacent = chained;
            chained = refersBackAt(text, later[0], later[1]);
            if (!adjacent && LINKS.contains(opening)) {
                return false;
            }
            Set<String> references = adjacent ? BACK_REFERENCE : COLLECTIVE;
            boolean refersBack = adjacent && LINKS.contains(opening);
            for (int i = later[0]; i <= Math.min(later[1], later[0] + 4) && !refersBack; i++) {
                refersBack = references.contains(text.tokens().get(i).word());
            }
            if (CONSEQUENCE.contains(opening) && rulesOut(text, range, later)) {
                return true;
            }
            boolean dismissal = CONSEQUENCE.contains(opening)
                    ? dismisses(DISMISSAL, text, later[0], later[1]) && !any(LATER, text, later[0], later[1])
                            && !any(LATER_CALLS, text, range[0], range[1])
                    : dismisses(DISMISSAL, text, later[0], later[1]) || attributed(text, later[0], later[1])
                            || dismisses(SMALL, text, later[0], later[1]) && !any(LATER, text, later[0], later[1]);
            if (refersBack && dismissal) {
                return true;
            }
        }
    }

    private static final List<Term> ALREADY = terms("already | permanently | all the time | at all times | across deploys");

    /**
     * A premise that rules something out: "We already have keep-alive and a pool, so the handshake is ruled out",
     * "the pool is already warm, so setup can't be the cause". The clause says something is already in place and the
     * consequence after it denies or dismisses, not about later calls ("..., so later calls don't pay it" is no ruling-out).
     */
    private static boolean rulesOut(AnswerText text, int[] premise, int[] consequence) {
        return any(ALREADY, text, premise[0], premise[1]) && !any(LATER, text, consequence[0], consequence[1])
                && (any(NEGATION, text, consequence[0], consequence[1]) || dismisses(DISMISSAL, text, consequence[0], consequence[1]));
    }

    /** Whether the clause {@code from}..{@code to} opens (past adverbs and a link) by referring back ("that's ...", "but it ..."). */
    private static boolean refersBackAt(AnswerText text, int from, int to) {
        while (from < to && (ADVERBS.contains(text.tokens().get(from).word()) || LINKS.contains(text.tokens().get(from).word()))) {
            from++;
        }
        String word = text.tokens().get(from).word();
        return BACK_REFERENCE.contains(word) && !word.equals("which");
    }

    /** Who else an idea can be attributed to, and the verbs that attribute it: "People always say ...", "One could think ...". */
    private static final Set<String> OTHERS = Set.of("people", "some", "someone", "everyone", "everybody", "many", "most",
            "others", "one", "they", "folks", "colleagues", "textbooks", "class", "everyone's", "everybody's", "people's");
    private static final Set<String> SAYING = Set.of("say", "says", "said", "think", "thinks", "thought", "claim",
            "claims", "blame", "blames", "write", "writes", "suggest", "suggests", "assume", "assumes", "believe",
            "believes", "argue", "argues", "answer", "answers", "guess", "guesses", "expect", "expects", "point", "points",
            "pointed", "blaming", "suspect", "suspects");
    /** Words that may stand between the others and their saying verb ("people always say", "everyone will write"). */
    private static final Set<String> BETWEEN = Set.of("always", "usually", "often", "will", "would", "could", "might",
            "may", "typically", "normally", "tend", "to", "probably", "generally", "just", "also", "first", "instinct",
            "is", "reflex");

    /** Whether words {@code from}..{@code to} attribute what they say to others: "people (always) say", "what everyone will write". */
    static boolean attributed(AnswerText text, int from, int to) {
        List<AnswerText.Token> tokens = text.tokens();
        for (int i = Math.max(0, from); i <= to; i++) {
            if (!OTHERS.contains(tokens.get(i).word())) {
                continue;
            }
            int j = i + 1;
            while (j <= to && BETWEEN.contains(tokens.get(j).word())) {
                j++;
            }
            if (j <= to && SAYING.contains(tokens.get(j).word()) && (j > i + 1 || !tokens.get(i).word().equals("one"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the next sentence takes sentence {@code sentence} back: it opens (its first words, past a lone
     * "Actually," or "Here, though,") with a bare denial that the sentence goes on to back with a denial or a
     * dismissal ("Actually, no: that would not help", "I disagree; connections are cheap") or it opens by
     * referring back ("It ...", "But ...", "I tried them ...") and dismisses in that opening ("It is far too cheap
     * to matter", "But opening a connection takes microseconds"), unless the opening is about later calls.
     */
    static boolean takenBack(AnswerText text, int sentence) {
        return takesBack(text, sentence + 1)
                || takesBack(text, sentence + 2) && (refersBackAt(text, sentence + 1) || bareDenial(text, sentence + 2));
    }

    /** The most words a sentence that only denies may have ("It isn't, here.", "Not needed, though.", "That's not it."). */
    private static final int SHORT_DENIAL = 4;

    /** Whether sentence {@code next} takes back the sentence before it (see {@link #takenBack}). */
    private static boolean takesBack(AnswerText text, int next) {
        List<AnswerText.Token> tokens = text.tokens();
        int start = firstOfSentence(tokens, next);
        if (start == tokens.size() || tokens.get(start).sentence() != next) {
            return false;
        }
        int end = firstOfSentence(tokens, next + 1) - 1;
        if (end - start < SHORT_DENIAL && !any(LATER, text, start, end)
                && (refersBackAt(text, start, end) || tokens.get(start).word().equals("not")
                        || startsWith(TAKE_BACK, text, start, end))
                && (any(NEGATION, text, start, end) || dismisses(DISMISSAL, text, start, end)
                        || startsWith(TAKE_BACK, text, start, end))) {
            return true;
        }
        if (bareDenial(text, next)) {
            return denies(text, next);
        }
        int[] opening = clauseRange(text, tokens.get(start).clause());
        while (opening[1] - start < 2 && opening[1] + 1 < tokens.size() && tokens.get(opening[1] + 1).sentence() == next) {
            int[] clause = clauseRange(text, tokens.get(opening[1] + 1).clause());
            if (opening[1] == opening[0] && ADVERBS.contains(tokens.get(opening[0]).word())
                    && startsWith(TAKE_BACK, text, clause[0], clause[1]) && clause[1] - clause[0] < 3) {
                return denies(text, next);
            }
            opening = new int[] {opening[0], clause[1]};
        }
        int from = start;
        while (from < opening[1] && ADVERBS.contains(tokens.get(from).word())) {
            from++;
        }
        boolean refersBack = false;
        for (int i = from; i <= Math.min(opening[1], from + 4) && !refersBack; i++) {
            String word = tokens.get(i).word();
            refersBack = BACK_REFERENCE.contains(word) && !word.equals("which") || LINKS.contains(word);
        }
        return refersBack && !any(LATER, text, start, opening[1])
                && (dismisses(DISMISSAL, text, start, opening[1]) || dismisses(SMALL, text, start, opening[1])
                        || attributed(text, start, opening[1]));
    }

    /**
     * Whether sentence {@code sentence} opens with a bare denial, alone in its first clause past adverbs ("No.",
     * "Actually no, ...", "Scratch that: ...", "On second thought, ...").
     */
    private static boolean bareDenial(AnswerText text, int sentence) {
        List<AnswerText.Token> tokens = text.tokens();
        int start = firstOfSentence(tokens, sentence);
        if (start == tokens.size() || tokens.get(start).sentence() != sentence) {
            return false;
        }
        int[] first = clauseRange(text, tokens.get(start).clause());
        int from = first[0];
        while (from < first[1] && ADVERBS.contains(tokens.get(from).word())) {
            from++;
        }
        if (first[0] == first[1] && ADVERBS.contains(tokens.get(first[0]).word())) {
            int[] second = clauseRange(text, tokens.get(first[1]).clause() + 1);
            return second != null && tokens.get(second[0]).sentence() == sentence
                    && startsWith(TAKE_BACK, text, second[0], second[1]) && second[1] - second[0] < 3;
        }
        return startsWith(TAKE_BACK, text, from, first[1]) && first[1] - from < 3;
    }

    /** Whether sentence {@code sentence} opens by referring back ("That's what everyone will write.", "It isn't."). */
    private static boolean refersBackAt(AnswerText text, int sentence) {
        List<AnswerText.Token> tokens = text.tokens();
        int start = firstOfSentence(tokens, sentence);
        if (start == tokens.size() || tokens.get(start).sentence() != sentence) {
            return false;
        }
        return refersBackAt(text, start, firstOfSentence(tokens, sentence + 1) - 1);
    }

    /** Whether sentence {@code sentence} denies or dismisses something besides its opening "no" ("No, really, it fixes this" does not). */
    private static boolean denies(AnswerText text, int sentence) {
        int start = firstOfSentence(text.tokens(), sentence);
        int end = firstOfSentence(text.tokens(), sentence + 1) - 1;
        return any(NEGATION, text, start + 1, end) || dismisses(DISMISSAL, text, start + 1, end)
                || dismisses(SMALL, text, start + 1, end);
    }

    private static int firstOfSentence(List<AnswerText.Token> tokens, int sentence) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).sentence() < sentence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * A later clause of the same sentence dismisses the hit when it is an aside that starts with a dismissal
     * ("The handshake is one round trip, far too cheap to explain 300 ms") or the predicate the hit is the
     * subject of, denied or dismissed ("The TCP handshake, which ..., is honestly not the problem"), unless that
     * clause is about later calls ("..., isn't paid again by later calls").
     */
    private static boolean dismissedLaterInSentence(AnswerText text, int clause, int first) {
        int sentence = text.tokens().get(first).sentence();
        for (int c = clause + 1; ; c++) {
            int[] range = clauseRange(text, c);
            if (range == null || text.tokens().get(range[0]).sentence() != sentence) {
                return false;
            }
            int start = range[0];
            while (start < range[1] && ADVERBS.contains(text.tokens().get(start).word())) {
                start++;
            }
            if (startsWith(DISMISSAL, text, start, range[1])) {
                return true;
            }
            if (PREDICATE.contains(text.tokens().get(start).word()) && !any(LATER, text, range[0], range[1])
                    && (dismisses(DISMISSAL, text, start, range[1]) || dismisses(SMALL, text, start, range[1])
                            || any(NEGATION, text, start, range[1]))) {
                return true;
            }
        }
    }

    private static boolean startsWith(List<Term> terms, AnswerText text, int at, int to) {
        for (Term term : terms) {
            if (term.lastAt(at) <= to && term.matchesAt(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** Words that turn a dismissal round when right before it: "not negligible", "isn't cheap", "hardly trivial". */
    private static final Set<String> NOT_BEFORE = Set.of("not", "isn't", "isnt", "aren't", "wasn't", "weren't", "never",
            "hardly", "nowhere", "anything");

    /** Whether a dismissal term of {@code terms} lies within words {@code from}..{@code to}, not turned round by a "not" right before it. */
    private static boolean dismisses(List<Term> terms, AnswerText text, int from, int to) {
        for (int i = Math.max(0, from); i <= to; i++) {
            if (i > 0 && NOT_BEFORE.contains(text.tokens().get(i - 1).word())) {
                continue;
            }
            for (Term term : terms) {
                if (term.lastAt(i) <= to && term.matchesAt(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** First and last answer word of sentence {@code sentence} (sentence numbers never decrease along the answer). */
    static int[] sentenceRange(AnswerText text, int sentence) {
        return new int[] {firstOfSentence(text.tokens(), sentence), firstOfSentence(text.tokens(), sentence + 1) - 1};
    }

    /** First and last answer word of a clause, or null when there is none (clause numbers never decrease along the answer). */
    static int[] clauseRange(AnswerText text, int clause) {
        List<AnswerText.Token> tokens = text.tokens();
        int first = firstAtLeast(tokens, clause);
        if (first == tokens.size() || tokens.get(first).clause() != clause) {
            return null;
        }
        return new int[] {first, firstAtLeast(tokens, clause + 1) - 1};
    }

    private static int firstAtLeast(List<AnswerText.Token> tokens, int clause) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).clause() < clause) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether any term starts and ends within answer words {@code from}..{@code to}. */
    static boolean any(List<Term> terms, AnswerText text, int from, int to) {
        for (int i = Math.max(0, from); i <= to; i++) {
            for (Term term : terms) {
                if (term.lastAt(i) <= to && term.matchesAt(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that make a sentence a proposal wherever they stand. */
    private static final List<Term> PROPOSAL = terms("should~ | suggest~ | i would~ | we would~ | you would | one would"
            + " | propose* | my fix | the fix is"
            + " | i could | we could | you could | one could | would help | would fix | would avoid | would solve"
            + " | would remove | would hide | would prevent | would cut | would reduce | would be to | would be better"
            + " | would be best | would be good | would make sense | would use | could help | could use | could fix"
            + " | could avoid | i'd | we'd | you'd | let's | fix"
            + " | fixes | solution | solutions | remedy | mitigat* | recommend* | suggest* | to avoid | to hide"
            + " | to prevent | to fix | to reduce | to cut | so that | make sure | ensure | consider | instead"
            + " | at startup | on startup | during startup | at start-up | at boot | before serving | before taking"
            + " | before it takes | before the instance | before real | before users | before going live"
            + " | before traffic | readiness | disabled | turned off | need to | better to | best to | the way to"
            + " | switch to | go with | configur* | enable | enabling | what i'd do | i will | we will | i'll | we'll"
            + " | the answer is to");

    /** Verbs that make a sentence a proposal when it starts with one (an imperative: "Keep connections alive"). */
    private static final Set<String> IMPERATIVE = Set.of("use", "add", "enable", "configure", "keep", "set", "turn",
            "switch", "pool", "reuse", "re", "pre", "prewarm", "preconnect", "warm", "prime", "send", "fire", "make",
            "open", "introduce", "implement", "put", "hold", "maintain", "create", "establish", "leave", "run",
            "call", "cache", "give", "try", "consider", "move", "tune", "increase", "raise", "schedule", "ping",
            "start", "do", "share", "initialise", "initialize", "persist", "reduce", "avoid", "fix", "dial");
    /** Words skipped before an imperative: "So: keep ...", "Fix: pool ...", "Then just reuse ...". */
    private static final Set<String> LEAD_IN = Set.of("so", "then", "and", "just", "also", "simply", "please",
            "fix", "solution", "remedy", "mitigation", "therefore", "instead", "ideally", "always", "finally");
    /** After an imperative-looking first word, these say it was a noun after all ("Keep-alive is ..."). */
    private static final Set<String> VERB_AFTER = Set.of("is", "are", "was", "were", "means", "keeps", "makes",
            "lets", "has", "does", "works", "checks", "allows", "helps", "happens", "takes", "costs", "isn't",
            "aren't", "wasn't", "doesn't", "don't", "won't", "wouldn't", "can't", "would", "will", "can", "could",
            "might", "may", "only", "alone", "changes", "matters", "holds", "stays", "gives", "saves", "reuses",
            "skips", "avoids", "removes", "hides", "spares", "explains", "and", "plus", "exists", "sends");

    /** After an imperative-looking first word, a number says it was a noun ("call one fills the pool", "call 1 pays"). */
    private static final Set<String> NUMBERED = Set.of("one", "1", "#1", "two", "2", "one's");

    /** Whether sentence {@code sentence} proposes something: a proposal word, or it starts with an imperative verb. */
    static boolean proposes(AnswerText text, int sentence) {
        List<AnswerText.Token> tokens = text.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).sentence() == sentence) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || text.questions().contains(sentence)) {
            return false;
        }
        return proposalWord(text, first, last) || modalThenVerb(text, first, last) || imperativeAt(text, first, last);
    }

    /** A {@link #PROPOSAL} word not denied right before it ("the second call not need to", "no need to"). */
    private static boolean proposalWord(AnswerText text, int first, int last) {
        for (int i = first; i <= last; i++) {
            for (Term term : PROPOSAL) {
                if (term.lastAt(i) <= last && term.matchesAt(text, i)
                        && !(i > first && Set.of("not", "no", "don't", "doesn't", "never").contains(text.tokens().get(i - 1).word()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Words that make a clause a proposal wherever they stand in it: modal and advice words only, not the context
     * words of {@link #PROPOSAL} ("at startup", "before traffic"), which also describe what happens.
     */
    private static final List<Term> CLAUSE_PROPOSAL = terms("should~ | suggest~ | i would | we would | you would"
            + " | one would | i could | we could | you could | i'd | we'd | you'd | let's | recommend* | fix | solution"
            + " | remedy | mitigat* | to avoid | to hide | to prevent | to fix | to reduce | to cut | ensure"
            + " | consider | we need to | you need to | i need to | better to | best to | the way to | switch to | go with | enable | enabling"
            + " | what i'd do | i will | we will | i'll | we'll | the answer is to"
            + " | my recommendation | propose* | i would~ | we would~");
    /** A clause that starts with one of these, right after a proposing clause, gives its purpose when it denies something ("so we don't ..."). */
    private static final Set<String> PURPOSE = Set.of("so", "to");

    /**
     * Whether clause {@code clause} proposes something: a proposal word in it, an imperative verb at its start
     * ("..., and warm the pool up"), or it gives the purpose of a proposing clause before it in the sentence
     * ("use a pool so we don't open a new connection every time").
     */
    static boolean proposesInClause(AnswerText text, int clause) {
        int[] range = clauseRange(text, clause);
        if (range == null || text.questions().contains(text.tokens().get(range[0]).sentence())) {
            return false;
        }
        if (any(CLAUSE_PROPOSAL, text, range[0], range[1]) || modalThenVerb(text, range[0], range[1])
                || imperativeAt(text, range[0], range[1])) {
            return true;
        }
        int[] previous = clauseRange(text, clause - 1);
        return previous != null && PURPOSE.contains(text.tokens().get(range[0]).word())
                && text.tokens().get(previous[0]).sentence() == text.tokens().get(range[0]).sentence()
                && any(NEGATION, text, range[0], range[1]) && proposesInClause(text, clause - 1);
    }

    /**
     * Whether clause {@code clause} gives the purpose of a proposal: it starts with "so" or "to" right after a clause of
     * the same sentence that proposes ("fire a few requests at the upstream so the connections are already open",
     * "fix with keepalive so the connection stays open"). It says what the fix would achieve, not what happens now.
     */
    static boolean purposeOfProposal(AnswerText text, int clause) {
        int[] range = clauseRange(text, clause);
        int[] previous = clauseRange(text, clause - 1);
        return range != null && previous != null && PURPOSE.contains(text.tokens().get(range[0]).word())
                && text.tokens().get(previous[0]).sentence() == text.tokens().get(range[0]).sentence()
                && proposesInClause(text, clause - 1);
    }

    /** "we can", "you can", "one can", "try (to)", "make sure to": a proposal only when a fix verb follows ("we can pool them"). */
    private static final List<Term> MODAL = terms("we can | you can | one can | try to | try | make sure to | make sure you");

    private static boolean modalThenVerb(AnswerText text, int first, int last) {
        for (int i = first; i <= last; i++) {
            for (Term modal : MODAL) {
                int verb = modal.lastAt(i) + 1;
                if (verb <= last && modal.matchesAt(text, i)
                        && (IMPERATIVE.contains(text.tokens().get(verb).word()) && !text.tokens().get(verb).word().equals("try")
                                || verb < last && text.tokens().get(verb).word().equals("just")
                                        && IMPERATIVE.contains(text.tokens().get(verb + 1).word()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} is one of the verbs that make a sentence starting with it an imperative. */
    static boolean imperative(String word) {
        return IMPERATIVE.contains(word);
    }

    private static boolean imperativeAt(AnswerText text, int first, int last) {
        List<AnswerText.Token> tokens = text.tokens();
        int verb = first;
        while (verb < last && LEAD_IN.contains(tokens.get(verb).word())) {
            verb++;
        }
        if (!IMPERATIVE.contains(tokens.get(verb).word())
                || verb < last && NUMBERED.contains(tokens.get(verb + 1).word())) {
            return false;
        }
        for (int i = verb + 1; i <= Math.min(last, verb + 2); i++) {
            if (VERB_AFTER.contains(tokens.get(i).word())) {
                return false;
            }
        }
        return true;
    }

    static List<Term> terms(String alternatives) {
        TermParser.Either parsed = TermParser.parse(alternatives);
        if (parsed.problem().isPresent()) {
            throw new IllegalStateException(parsed.problem().get());
        }
        return parsed.terms();
    }
}
