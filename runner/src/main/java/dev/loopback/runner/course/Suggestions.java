package dev.loopback.runner.course;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" candidates for a mistyped command or id, by edit distance and prefix. */
public final class Suggestions {
    private static final int MAX = 3;

    private Suggestions() {}

    /** Up to three candidates close to {@code typed}, closest first. */
    public static List<String> closest(String typed, Collection<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
        return candidates.stream().distinct()
                .filter(c -> c.startsWith(wanted) || distance(wanted, c.toLowerCase(Locale.ROOT)) <= allowed)
                .sorted(Comparator.comparingInt((String c) -> distance(wanted, c.toLowerCase(Locale.ROOT))))
                .limit(MAX)
                .toList();
    }

    /** " Did you mean 'open'?" or " Did you mean 'a' or 'b'?", or "" when nothing is close. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        List<String> close = closest(typed, candidates);
        if (close.isEmpty()) {
            return "";
        }
        List<String> quoted = close.stream().map(c -> "'" + c + "'").toList();
        String head = String.join(", ", quoted.subList(0, quoted.size() - 1));
        return " Did you mean " + (head.isEmpty() ? "" : head + " or ") + quoted.get(quoted.size() - 1) + "?";
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
