package dev.loopback.grader.drill;

import java.util.regex.Pattern;

/**
 * Text a person reading the answer would not see: HTML comments, and HTML elements hidden by their attributes
 * ({@code hidden}, {@code aria-hidden}, {@code display:none}, {@code visibility:hidden}, a zero font size or
 * opacity, white text). It is written for a machine, so it is a note to the grader wherever it stands: left out
 * of the answer, never scored. An element that is not closed hides everything after it.
 */
final class HiddenText {
    private static final String HIDING = "(?:\\bhidden\\b|aria-hidden|display\\s*:\\s*none|visibility\\s*:\\s*hidden"
            + "|font-size\\s*:\\s*0(?![.\\d]*[1-9])|opacity\\s*:\\s*0(?![.\\d]*[1-9])"
            + "|(?<![-\\w])color\\s*:\\s*(?:white|#fff\\b|#ffffff\\b|rgb\\(\\s*255\\s*,\\s*255\\s*,\\s*255\\s*\\)))";
    private static final Pattern HIDDEN = Pattern.compile("<!--[\\s\\S]*?(?:-->|$)"
            + "|<([a-zA-Z][\\w-]{0,30})\\b[^>]{0,300}?" + HIDING + "[^>]{0,300}>[\\s\\S]*?(?:</\\1\\s*>|$)",
            Pattern.CASE_INSENSITIVE); // attributes bounded: a long tag never closed cannot make the match quadratic

    private HiddenText() {}

    /** Whether {@code answer} holds text hidden from a reader. */
    static boolean in(String answer) {
        return HIDDEN.matcher(answer).find();
    }

    /** {@code answer} without its hidden text. */
    static String strip(String answer) {
        return HIDDEN.matcher(answer).replaceAll(" ");
    }
}
