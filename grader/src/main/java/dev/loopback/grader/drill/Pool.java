package dev.loopback.grader.drill;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A drill's labelled answers ({@code <id>-labelled/}), each with its group: what {@link Calibration}'s text model is
 * fitted on, and what it is fitted on again with a group left out when an answer of the pool is itself scored.
 */
final class Pool {
    /** The group of a labelled answer is its file-name prefix ({@code b3-}, {@code t7-}); the author's own have none. */
    private static final Pattern GROUP = Pattern.compile("([bt]\\d+)-.*");
    private static final Pattern GROUP_NAME = Pattern.compile("([bt])(\\d+)");
    static final String AUTHORS = "orig";

    /** One labelled answer: its file name, group and the criteria a person judged met. */
    record Entry(String name, String group, Set<String> met, String answer) {}

    private final List<Entry> entries;
    /** Each entry's text as the model reads it ({@link Calibration#modelText}), derived once: every fit reads it. */
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    private Pool(List<Entry> entries) {
        this.entries = entries;
    }

    static String group(String name) {
        java.util.regex.Matcher m = GROUP.matcher(name);
        return m.matches() ? m.group(1) : AUTHORS;
    }

    /**
     * When a group was written, for judging each blind group only by answers written before it: the author's own
     * answers first, then round by round; in round n the tuner's {@code tn-} answers came before the blind set
     * {@code bn-}, which was written after the round's freeze.
     */
    static double written(String group) {
        java.util.regex.Matcher m = GROUP_NAME.matcher(group);
        if (!m.matches()) {
            return 0;
        }
        return Integer.parseInt(m.group(2)) - (m.group(1).equals("t") ? 0.5 : 0);
    }

    static Pool of(List<LabelledAnswer> answers) {
        return new Pool(answers.stream().map(a -> new Entry(a.name(), group(a.name()), a.met(), a.answer())).toList());
    }

    List<Entry> entries() {
        return entries;
    }

    /** {@code entry}'s text as the model reads it. */
    String text(Entry entry) {
        return texts.computeIfAbsent(entry.name(), name -> Calibration.modelText(entry.answer()));
    }

    /** The group of the pool entry that is this very answer (same name and text), if any. */
    Optional<String> groupOf(String name, String answer) {
        return entries.stream().filter(e -> e.name().equals(name) && e.answer().equals(answer)).map(Entry::group)
                .findFirst();
    }
}
