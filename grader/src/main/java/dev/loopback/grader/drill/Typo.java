package dev.loopback.grader.drill;

/** Whether two words differ by at most one typo: an inserted, dropped, replaced or swapped letter. */
final class Typo {
    private Typo() {}

    static boolean withinOne(String a, String b) {
        int diff = a.length() - b.length();
        if (Math.abs(diff) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(a.length(), b.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (diff > 0) {
            return a.substring(prefix + 1).equals(b.substring(prefix));
        }
        if (diff < 0) {
            return a.substring(prefix).equals(b.substring(prefix + 1));
        }
        return prefix == a.length()
                || a.substring(prefix + 1).equals(b.substring(prefix + 1))
                || swapped(a, b, prefix);
    }

    private static boolean swapped(String a, String b, int at) {
        return at + 1 < a.length()
                && a.charAt(at) == b.charAt(at + 1)
                && a.charAt(at + 1) == b.charAt(at)
                && a.substring(at + 2).equals(b.substring(at + 2));
    }
}
