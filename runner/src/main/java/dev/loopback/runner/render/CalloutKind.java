package dev.loopback.runner.render;

import java.util.Arrays;
import java.util.Optional;

/** The callout markers lessons use ({@code > [!TRAP] title}) and the label each is drawn with. */
public enum CalloutKind {
    INTERVIEW("Interview angle"),
    TRAP("Common trap"),
    DO("Do this, not that"),
    HOOD("Under the hood");

    private final String label;

    CalloutKind(String label) {
        this.label = label;
    }

    /** What the framed box says at the top. */
    public String label() {
        return label;
    }

    /** The kind whose marker word (case-insensitive) is {@code word}. */
    static Optional<CalloutKind> of(String word) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(word)).findFirst();
    }
}
