package dev.loopback.grader.drill;

import java.util.List;
import java.util.Set;

/** Finds the verb a thing is the subject of, for {@link Matcher.WrongJob}: "The TLS handshake on the first call uploads ...". */
final class Jobs {
    private Jobs() {}

    /** Words that may stand before the subject in its clause ("so the TCP handshake", "where SYN"). */
    private static final Set<String> BEFORE = Set.of("the", "a", "an", "this", "that", "our", "its", "their", "each",
            "every", "whole", "entire", "tcp", "tls", "ssl", "http", "https", "connection", "three-way", "3-way", "tcp's",
            "initial", "so", "and", "then", "but", "because", "where", "when", "while", "since", "here", "now",
            "basically", "actually", "really", "also", "first", "1", "2", "3", "syn", "ack", "syn-ack",
            "what", "which", "thus", "hence");
    /** Words that may stand between the subject and its verb ("SYN-ACK and ACK", "the pool on the first call"). */
    private static final Set<String> BETWEEN = Set.of("and", "or", "packet", "packets", "itself", "on", "in", "for",
            "of", "at", "during", "the", "a", "first", "call", "request", "new", "each", "every", "connection",
            "also", "then", "always", "only", "just", "really", "actually", "basically", "here", "syn", "syn-ack", "ack",
            "synack", "handshake", "handshakes", "exchange", "step");
    /** Copulas: a predicate only as a definition ("is a ...", "is what ...", "means ..."). */
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were");
    private static final Set<String> DEFINITION = Set.of("a", "an", "what", "where", "how", "why", "basically", "just",
            "really", "actually", "simply", "literally");
    private static final Set<String> MEANS = Set.of("means", "mean", "meant", "stands", "refers", "exists");
    /** Words ending in -s that are no verbs ("keep-alive plus a pool", "SYN packets"). */
    private static final Set<String> NOT_VERBS = Set.of("plus", "thus", "its", "as", "less", "unless", "always",
            "perhaps", "sometimes", "yes", "ms", "bytes", "packets", "calls", "requests", "connections", "sockets",
            "trips", "rtts", "headers", "settings", "seconds", "milliseconds", "keys", "certificates", "times",
            "messages", "segments", "servers", "clients", "pools", "handshakes", "was", "is", "does", "has", "this",
            "versus", "vs", "across", "towards", "besides", "afterwards", "sides", "ends", "parties", "steps");
    /** Auxiliaries and modals skipped to the verb ("would upload", "does compile"); negated ones deny the job. */
    private static final Set<String> AUX = Set.of("will", "would", "can", "could", "may", "might", "must", "does", "do",
            "did", "also", "then", "always", "first", "actually", "really", "basically", "just", "only");
    private static final Set<String> DENIED = Set.of("not", "never", "doesn't", "don't", "didn't", "isn't", "aren't",
            "wasn't", "weren't", "can't", "cannot", "won't", "wouldn't", "no", "neither", "nor", "doesnt", "dont", "isnt");

    /**
     * The index of the verb whose subject is the thing at {@code first}..{@code last}, or -1 when the thing is no subject
     * (an object, "warm the pool"), the predicate is denied or is a copula with an adjective ("the pool is empty").
     */
    static int verbAfterSubject(AnswerText text, int first, int last, List<Term> things) {
        List<AnswerText.Token> tokens = text.tokens();
        int[] clause = Claims.clauseRange(text, tokens.get(first).clause());
        for (int i = clause[0]; i < first; i++) {
            if (!BEFORE.contains(tokens.get(i).word())) {
                return -1;
            }
        }
        boolean plural = false;
        int at = last + 1;
        while (at <= clause[1] && (BETWEEN.contains(tokens.get(at).word()) || startsThing(text, at, things))) {
            plural |= tokens.get(at).word().equals("and");
            at++;
        }
        while (at <= clause[1] && AUX.contains(tokens.get(at).word())) {
            at++;
        }
        if (at > clause[1] || DENIED.contains(tokens.get(at).word())) {
            return -1;
        }
        String verb = tokens.get(at).word();
        if (COPULA.contains(verb)) {
            int next = at + 1;
            return next <= clause[1] && DEFINITION.contains(tokens.get(next).word()) ? at : -1;
        }
        if (MEANS.contains(verb)) {
            return at;
        }
        boolean finite = !NOT_VERBS.contains(verb) && verb.endsWith("s") && !verb.endsWith("ss") && verb.length() > 3 || verb.endsWith("ed")
                || plural && verb.matches("[a-z]+(ise|ize|ate)");
        return finite ? at : -1;
    }

    private static boolean startsThing(AnswerText text, int at, List<Term> things) {
        for (Term thing : things) {
            if (thing.matchesAt(text, at)) {
                return true;
            }
        }
        return false;
    }
}
