package dev.loopback.runner.quiz;

import java.util.List;

/** One question in authored order; exactly one option is correct; {@code explanation} may be empty. */
public record Question(int number, String text, List<Option> options, String explanation) {

    public Question {
        options = List.copyOf(options);
    }

    /** The index, in authored order, of the correct option. */
    public int correct() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                return i;
            }
        }
        throw new IllegalStateException("question " + number + " has no correct option");
    }
}
