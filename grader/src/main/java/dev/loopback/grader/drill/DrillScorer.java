package dev.loopback.grader.drill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    /**
     * The longest answer the drill reads, in words a reader sees: 40% more than the longest of the 1,477 labelled
     * answers (430 words). The claim rules look back over a clause, a sentence and earlier sentences for every hit,
     * so their work grows faster than the answer: a hostile 64 KB answer took minutes before this bound (and
     * {@link AnswerText}'s bound on a sentence's length); see {@code bench/drill.sh} for the worst shapes now.
     */
    public static final int MAX_WORDS = 600;
    static final String TOO_LONG = "This answer is %d words long, more than the " + MAX_WORDS + " the drill reads, so it"
            + " was not scored. The question needs a few sentences: what the first call pays that later calls do not,"
            + " why, and what you would do about it.";

    static final String NUDGE = "That is too short to score. Write two or three sentences: what happens on"
            + " the first call that later calls skip, and what you would change so users never pay for it.";

    /** A misconception is not stated when its sentence holds one of these ("if", "a common mistake is ..."). */
    private static final List<Term> NOT_STATED = Claims.terms("without | if | unless | otherwise | myth"
            + " | misconception* | mistake* | wrong* | incorrect* | contrary | people think | some think"
            + " | not true | false | confuse* | confusion");

    private DrillScorer() {}

    /**
     * The verdict on {@code answer}: the rules' ({@link #rules}), calibrated when the drill has a calibration
     * attached ({@link Calibration}); answers the rules do not score (too short, not an answer) stay as they are.
     */
    public static Assessment score(Drill drill, String answer) {
        return score(drill, answer, Set.of());
    }

    /** As {@link #score(Drill, String)}, with a model fitted without the labelled pool's {@code leftOut} groups. */
    static Assessment score(Drill drill, String answer, Set<String> leftOut) {
        Assessment rules = rules(drill, answer);
        Optional<Calibration> calibration = drill.calibrated();
        if (calibration.isEmpty() || !(rules instanceof Assessment.Scored scored)) {
            return rules;
        }
        return calibrated(drill, calibration.get(), scored, answer, leftOut);
    }

    /** The verdict of the rules alone: the rubric's matchers, claims, misconceptions and notices. */
    public static Assessment rules(Drill drill, String answer) {
        AnswerText whole = AnswerText.of(answer);
        if (whole.tokens().size() < MIN_WORDS) {
            return new Assessment.TooShort(drill.id(), drill.maxScore(), unmet(drill), NUDGE);
        }
        if (HiddenText.in(answer)) {
            // Text hidden from a reader is written for the grader: a note, left out; the rest is scored when it is
            // an answer of its own, as beside any other note.
            AnswerText visible = AnswerText.of(HiddenText.strip(answer));
            if (visible.tokens().size() < Notice.ANSWER_BEFORE_NOTE) {
                return new Assessment.NotAnswer(drill.id(), drill.maxScore(), unmet(drill), Notice.META);
            }
            whole = visible;
        }
        if (whole.tokens().size() > MAX_WORDS) { // the words a reader sees: hidden text is left out above
            return new Assessment.TooLong(drill.id(), drill.maxScore(), unmet(drill), String.format(Locale.ROOT, TOO_LONG,
                    whole.tokens().size()));
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

    /**
     * Per criterion, the calibration's verdict over the rules' (a rescue when it meets what the rules did not, a veto
     * when it does not meet what they did), on the answer without its sentences that state a misconception
     * ({@link #withoutMisconceptions}); except that nothing a stated misconception touches is met, and nothing is
     * rescued ({@link #rescuable}) in an answer that states a misconception or for a criterion the rules saw and set
     * aside.
     */
    private static Assessment calibrated(Drill drill, Calibration calibration, Assessment.Scored rules, String answer,
            Set<String> leftOut) {
        AnswerText text = scoredText(answer);
        Set<String> touched = new HashSet<>();
        rules.misconceptions().forEach(m -> touched.addAll(m.touches()));
        // what the rules judged (no notes, nothing hidden), without the sentences that state a misconception
        String judged = withoutMisconceptions(text.source(), rules.misconceptions());
        List<CriterionResult> results = new ArrayList<>();
        int score = 0;
        for (int i = 0; i < drill.criteria().size(); i++) {
            Criterion criterion = drill.criteria().get(i);
            CriterionResult rule = rules.criteria().get(i);
            Calibration.Verdict verdict = calibration.judge(drill, judged, criterion.id(), leftOut);
            boolean met = verdict.met() && !touched.contains(criterion.id())
                    && (rule.met() || rescuable(criterion, text, rules));
            List<String> evidence;
            if (met == rule.met()) {
                evidence = rule.evidence();
            } else if (met) {
                evidence = List.of(verdict.bestSentence() + WORDED_LIKE);
            } else {
                evidence = List.of(vetoed(criterion, rule.evidence()));
            }
            results.add(new CriterionResult(criterion.id(), met, evidence));
            score += met ? criterion.points() : 0;
        }
        return new Assessment.Scored(drill.id(), score, drill.maxScore(), results, rules.misconceptions());
    }

    /**
     * {@code text} without its sentences that hold a stated misconception's evidence, everything else kept as it is
     * (short sentences, bullets, line breaks): the misconception settles the criteria it touches, and the rest of the
     * answer is judged on what else it says (a real remedy beside a wrong cause still counts). The text as it is when
     * nothing would be left.
     */
    static String withoutMisconceptions(String text, List<MisconceptionResult> stated) {
        if (stated.isEmpty()) {
            return text;
        }
        List<String> quotes = new ArrayList<>();
        stated.forEach(m -> m.evidence().forEach(e -> quotes.add(e.toLowerCase(Locale.ROOT))));
        StringBuilder kept = new StringBuilder();
        boolean any = false;
        for (String line : text.split("\n", -1)) {
            List<String> sentences = new ArrayList<>();
            for (String sentence : TfIdf.SENTENCE_END.split(line)) { // where TfIdf.sentences splits a line
                String lower = sentence.toLowerCase(Locale.ROOT);
                if (quotes.stream().noneMatch(lower::contains)) {
                    sentences.add(sentence);
                    any |= !sentence.isBlank();
                }
            }
            kept.append(String.join(" ", sentences)).append('\n');
        }
        return any ? kept.toString().stripTrailing() : text;
    }

    /** Marks a rescue's evidence: the learner's sentence the model finds likeliest to make the claim. */
    static final String WORDED_LIKE = " (met because answers worded like this were judged to make this claim, not by a rule)";

    /** Why the words the rules matched did not count, and how to say it so they would. */
    private static String vetoed(Criterion criterion, List<String> matched) {
        String words = matched.isEmpty() ? "what you wrote" : "\"" + String.join("\", \"", matched) + "\"";
        return words + " was not counted: answers worded like this were mostly judged not to make this claim. State it"
                + " plainly" + (criterion.examples().isEmpty() ? "." : ", for example: " + criterion.examples().get(0));
    }

    /**
     * Whether the calibration may meet {@code criterion} though the rules did not: not when the answer states a
     * misconception (its words are the claim's words, so a model of words cannot tell them apart), nor when the rules found a
     * hit of the criterion and then set it aside (a later sentence retracting it or settling on another cause, a
     * required term missing), nor when a word the criterion's matchers start from is negated, dismissed or asked about.
     */
    static boolean rescuable(Criterion criterion, AnswerText text, Assessment.Scored rules) {
        return rules.misconceptions().isEmpty()
                && hits(criterion.matchers(), new Negation(criterion.negations(), criterion.exclusions()), text).isEmpty()
                && !deniedMention(criterion, text);
    }

    /**
     * Whether a word the criterion's matchers start from (every term of {@code any}, the first group of the others) is
     * in the answer but not claimed there: negated, dismissed, doubted, asked about or taken back.
     */
    static boolean deniedMention(Criterion criterion, AnswerText text) {
        List<Term> heads = new ArrayList<>();
        criterion.matchers().forEach(m -> heads.addAll(heads(m)));
        for (int i = 0; i < text.tokens().size(); i++) {
            for (Term term : heads) {
                if (term.matchesAt(text, i) && (Claims.notAClaim(text, i) || Claims.negated(text, i, criterion.negations()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Term> heads(Matcher matcher) {
        if (matcher instanceof Matcher.AnyOf m) {
            return m.terms();
        } else if (matcher instanceof Matcher.SameSentence m) {
            return m.groups().get(0);
        } else if (matcher instanceof Matcher.SameClause m) {
            return m.groups().get(0);
        } else if (matcher instanceof Matcher.Proposes m) {
            return heads(m.inner());
        } else if (matcher instanceof Matcher.States m) {
            return heads(m.inner());
        } else if (matcher instanceof Matcher.Unless m) {
            return heads(m.inner());
        } else if (matcher instanceof Matcher.WrongJob m) {
            return m.things();
        } else if (matcher instanceof Matcher.WrongPartner m) {
            return m.things();
        }
        return List.of();
    }

    /** The text the rules judge: without text hidden from a reader, and without a note beside a real answer. */
    static AnswerText scoredText(String answer) {
        AnswerText whole = AnswerText.of(HiddenText.strip(answer));
        return Notice.of(whole).isPresent() ? Notice.answerBeforeNote(whole).orElse(whole) : whole;
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
