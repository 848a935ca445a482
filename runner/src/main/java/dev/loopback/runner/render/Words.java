package dev.loopback.runner.render;

import java.util.ArrayList;
import java.util.List;

/** Splits styled spans into words: runs of non-space pieces; a hard break is a word of its own. */
final class Words {
    private Words() {}

    static List<List<Span>> of(List<Span> spans) {
        List<List<Span>> words = new ArrayList<>();
        List<Span> word = new ArrayList<>();
        for (Span span : spans) {
            if (span.isBreak()) {
                flush(words, word);
                words.add(List.of(span));
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (char c : span.text().toCharArray()) {
                if (Character.isWhitespace(c)) {
                    addPiece(word, piece, span);
                    flush(words, word);
                } else {
                    piece.append(c);
                }
            }
            addPiece(word, piece, span);
        }
        flush(words, word);
        return words;
    }

    private static void addPiece(List<Span> word, StringBuilder piece, Span span) {
        if (piece.length() > 0) {
            word.add(new Span(piece.toString(), span.styles()));
            piece.setLength(0);
        }
    }

    private static void flush(List<List<Span>> words, List<Span> word) {
        if (!word.isEmpty()) {
            words.add(List.copyOf(word));
            word.clear();
        }
    }

    /** Columns of one word. */
    static int width(List<Span> word) {
        return word.stream().mapToInt(span -> DisplayWidth.of(span.text())).sum();
    }

    /** Columns of all words on one line, single-spaced: the width a cell would like. */
    static int natural(List<Span> spans) {
        int total = 0;
        int longestLine = 0;
        for (List<Span> word : of(spans)) {
            if (word.get(0).isBreak()) {
                longestLine = Math.max(longestLine, total);
                total = 0;
            } else {
                total += (total > 0 ? 1 : 0) + width(word);
            }
        }
        return Math.max(longestLine, total);
    }

    /** Columns of the longest word: the narrowest a cell can be without splitting words. */
    static int longest(List<Span> spans) {
        return of(spans).stream().filter(w -> !w.get(0).isBreak()).mapToInt(Words::width).max().orElse(0);
    }
}
