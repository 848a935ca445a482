package dev.loopback.grader.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agent's go line: {@code go<TAB>tests<TAB>learner<TAB>key<TAB>seed<TAB>skip}, skip being the
 * unique ids of tests already finished, newline-joined and Base64-encoded ({@code -} for none).
 * The agent's GoLine reads the same format.
 */
public final class GoLines {
    private GoLines() {}

    static String of(RunInput input, String keyHex) {
        return of(input.testClasses().toString(), input.learnerClasses().toString(), keyHex, input) + "\n";
    }

    /** The go line for paths as the agent sees them (inside a container, say), without its newline. */
    public static String of(String tests, String learner, String keyHex, RunInput input) {
        return "go\t" + tests + "\t" + learner + "\t" + keyHex + "\t" + input.seed() + "\t" + lines(input.skip())
                + "\t" + lines(input.stuckInitializers());
    }

    private static String lines(Set<String> values) {
        return values.isEmpty() ? "-" : Base64.getEncoder().encodeToString(
                String.join("\n", new TreeSet<>(values)).getBytes(StandardCharsets.UTF_8));
    }
}
