package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a free-text answer against a drill's rubric by matching claims: offline, instant and explainable.
 * A criterion is met by a hit that is a claim (not negated, dismissed, doubted or asked), outside any sentence
 * that states a misconception, unless the answer states a misconception that touches it; notes about the
 * answer and bare term lists are not scored.
 */
public final class DrillScorer {

    /** Answers with fewer words than this are not judged. */
    public static final int MIN_WORDS = 3;

    static final String NUDGE = "That is too short to score. Write two or three sentences: what happens on"
            + " the first call that later calls skip, and what you would change so users never pay for it.";

    /** A misconception is not stated when its sentence holds one of these ("if", "a common mistake is ..."). */
    private static final List<Term> NOT_STATED = Claims.terms("without | if | unless | otherwise | myth"
            + " | misconception* | mistake* | wrong* | incorrect* | contrary | people think | some think"
            + " | not true | false | confuse* | confusion");

    private DrillScorer() {}

    public static Assessment score(Drill drill, String answer) {
        AnswerText whole = AnswerText.of(answer);
        if (whole.tokens().size() < MIN_WORDS) {
            return new Assessment.TooShort(drill.id(), drill.maxScore(), unmet(drill), NUDGE);
        }
        Optional<String> notice = Notice.of(whole);
        Optional<AnswerText> before = notice.isPresent() ? Notice.answerBeforeNote(whole) : Optional.of(whole);
        if (before.isEmpty()) {
            return new Assessment.NotAnswer(drill.id(), drill.maxScore(), unmet(drill), notice.get());
        }
        AnswerText text = before.get();
        List<MisconceptionResult> stated = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        Set<Integer> wrongSentences = new HashSet<>();
        for (Misconception misconception : drill.misconceptions()) {
            List<Matcher.Hit> hits = hits(misconception.matchers(),
                    Negation.ofMisconception(misconception.negations(), misconception.exclusions()), text);
            hits.removeIf(h -> notStated(text, h));
            List<String> evidence = quotes(hits, text);
            if (!evidence.isEmpty()) {
                hits.forEach(h -> wrongSentences.add(text.tokens().get(h.first()).sentence()));
                stated.add(new MisconceptionResult(misconception.id(), evidence, misconception.correction(),
                        misconception.touches()));
                touched.addAll(misconception.touches());
            }
        }
        List<CriterionResult> results = new ArrayList<>();
        int score = 0;
        for (Criterion criterion : drill.criteria()) {
            CriterionResult result = touched.contains(criterion.id())
                    ? new CriterionResult(criterion.id(), false, List.of())
                    : judge(criterion, text, wrongSentences);
            results.add(result);
            score += result.met() ? criterion.points() : 0;
        }
        return new Assessment.Scored(drill.id(), score, drill.maxScore(), results, stated);
    }

    private static List<CriterionResult> unmet(Drill drill) {
        return drill.criteria().stream().map(c -> new CriterionResult(c.id(), false, List.of())).toList();
    }

    /** A criterion's verdict; hits in {@code wrongSentences} (sentences that state a misconception) count for nothing. */
    static CriterionResult judge(Criterion criterion, AnswerText text, Set<Integer> wrongSentences) {
        List<Matcher.Hit> hits = hits(criterion.matchers(), new Negation(criterion.negations(), criterion.exclusions()), text);
        hits.removeIf(h -> wrongSentences.contains(text.tokens().get(h.first()).sentence()));
        hits = displaced(hits, text);
        List<String> evidence = quotes(hits, text);
        if (!evidence.isEmpty() && !criterion.requires().isEmpty()) {
            List<Matcher.Hit> required = new Matcher.AnyOf(criterion.requires())
                    .find(text, new Negation(criterion.negations(), criterion.exclusions()));
            required.removeIf(h -> wrongSentences.contains(text.tokens().get(h.first()).sentence()));
            required = displaced(required, text);
            if (required.isEmpty() || criterion.bonus() && deniedAnywhere(criterion.requires(), text)) {
                return new CriterionResult(criterion.id(), false, List.of());
            }
        }
        return new CriterionResult(criterion.id(), !evidence.isEmpty(), evidence);
    }

    /**
     * The hits that a later sentence settling on another cause does not set aside: "The obvious suspect is the TCP
     * handshake. ... The real cause is the JVM" names the handshake only to move past it. A sentence that settles on a
     * cause sets aside the hits of earlier sentences when it holds none itself; a sentence that dismisses the
     * connection by its size ("a couple of milliseconds", "too cheap to matter") or all at once ("none of that
     * applies") sets aside its own hits and every earlier sentence's; a sentence that takes back the fix ("scratch
     * the fix") sets aside the hits of earlier proposals.
     */
    private static List<Matcher.Hit> displaced(List<Matcher.Hit> hits, AnswerText text) {
        Set<Integer> withHits = new HashSet<>();
        hits.forEach(h -> withHits.add(text.tokens().get(h.first()).sentence()));
        int last = -1;
        for (int s = text.sentences() - 1; s > 0 && last < 0; s--) {
            if (!withHits.contains(s) && Claims.displaces(text, s)) {
                last = s;
            }
        }
        for (int s = text.sentences() - 1; s > last; s--) {
            if (Claims.setsAside(text, s)) {
                last = s;
                break;
            }
        }
        int retracted = -1;
        for (int s = text.sentences() - 1; s > 0 && retracted < 0; s--) {
            if (Claims.retractsFix(text, s)) {
                retracted = s;
            }
        }
        int settled = last;
        int takenBack = retracted;
        hits = new ArrayList<>(hits.stream().filter(h -> {
            int sentence = text.tokens().get(h.first()).sentence();
            return sentence >= takenBack || !(Claims.proposes(text, sentence)
                    || Claims.proposesInClause(text, text.tokens().get(h.first()).clause()));
        }).toList());
        return settled < 0 ? hits : new ArrayList<>(hits.stream()
                .filter(h -> text.tokens().get(h.first()).sentence() > settled).toList());
    }

    /**
     * Whether the answer dismisses or takes back what a criterion requires anywhere, outside questions and proposals
     * ("None of that applies", "the handshake is far too cheap", "It isn't, here."): the bonus tells connection
     * setup apart from the process warming up only when the learner keeps the connection as a cause throughout.
     */
    private static boolean deniedAnywhere(List<Term> required, AnswerText text) {
        for (int i = 0; i < text.tokens().size(); i++) {
            AnswerText.Token token = text.tokens().get(i);
            if (text.questions().contains(token.sentence()) || Claims.proposesInClause(text, token.clause())
                    || Claims.purposeOfProposal(text, token.clause())) {
                continue;
            }
            for (Term term : required) {
                if (term.matchesAt(text, i) && !scope(text, i) && Claims.dismissedOrTakenBack(text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "not per connection", "not once per connection": a contrast of scope (per process, not per connection), not a denial. */
    private static boolean scope(AnswerText text, int at) {
        for (int i = Math.max(0, at - 2); i < at; i++) {
            if (text.tokens().get(i).word().equals("per")) {
                return true;
            }
        }
        return false;
    }

    private static List<Matcher.Hit> hits(List<Matcher> matchers, Negation negation, AnswerText text) {
        List<Matcher.Hit> hits = new ArrayList<>();
        for (Matcher matcher : matchers) {
            hits.addAll(matcher.find(text, negation));
        }
        return hits;
    }

    private static List<String> quotes(List<Matcher.Hit> hits, AnswerText text) {
        return merged(hits, text).stream().map(h -> text.quote(h.first(), h.last())).distinct().toList();
    }

    /** A misconception is not stated when a word of {@link #NOT_STATED} stands in its sentence outside the hit itself. */
    private static boolean notStated(AnswerText text, Matcher.Hit hit) {
        int[] sentence = Claims.sentenceRange(text, text.tokens().get(hit.first()).sentence());
        return statedAsIf(text, sentence[0], hit.first() - 1) || statedAsIf(text, hit.last() + 1, sentence[1]);
    }

    /** Verbs after which "if" means "whether" ("to see if the client is allowed in"): no hypothetical. */
    private static final Set<String> WHETHER = Set.of("see", "check", "checks", "checking", "know", "ask", "asks",
            "tell", "verify", "verifies", "decide", "decides", "find");

    private static boolean statedAsIf(AnswerText text, int from, int to) {
        for (int i = Math.max(0, from); i <= to; i++) {
            if (text.tokens().get(i).word().equals("if") && i > 0 && WHETHER.contains(text.tokens().get(i - 1).word())) {
                continue;
            }
            if (Claims.any(NOT_STATED, text, i, i + 3 <= to ? i + 3 : to) && startsHere(text, i, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsHere(AnswerText text, int at, int to) {
        for (Term term : NOT_STATED) {
            if (term.lastAt(at) <= to && term.matchesAt(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** Overlapping or adjacent hits in one sentence become one quote ("TLS" + "handshake" = "TLS handshake"). */
    private static List<Matcher.Hit> merged(List<Matcher.Hit> hits, AnswerText text) {
        List<Matcher.Hit> sorted = hits.stream()
                .sorted(Comparator.comparingInt(Matcher.Hit::first).thenComparingInt(Matcher.Hit::last)).toList();
        List<Matcher.Hit> merged = new ArrayList<>();
        for (Matcher.Hit hit : sorted) {
            Matcher.Hit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && hit.first() <= last.last() + 1 && sameSentence(text, last, hit)) {
                merged.set(merged.size() - 1, new Matcher.Hit(last.first(), Math.max(last.last(), hit.last())));
            } else {
                merged.add(hit);
            }
        }
        return merged;
    }

    private static boolean sameSentence(AnswerText text, Matcher.Hit a, Matcher.Hit b) {
        return text.tokens().get(a.first()).sentence() == text.tokens().get(b.first()).sentence();
    }
}
