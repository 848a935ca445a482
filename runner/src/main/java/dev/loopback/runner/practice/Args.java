package dev.loopback.runner.practice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's words split into positional ids, {@code --name value} options and {@code --switch}es. */
public record Args(List<String> positional, Map<String, String> values, Set<String> switches, Optional<String> problem) {

    /** Parses {@code words}; an unknown or incomplete option becomes {@code problem}. */
    public static Args parse(List<String> words, Set<String> withValue, Set<String> switches) {
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        Set<String> on = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (withValue.contains(word)) {
                if (i + 1 == words.size()) {
                    return failed(word + " needs a value");
                }
                values.put(word, words.get(++i));
            } else if (switches.contains(word)) {
                on.add(word);
            } else if (word.startsWith("--")) {
                return failed("unknown option " + word);
            } else {
                positional.add(word);
            }
        }
        return new Args(positional, values, on, Optional.empty());
    }

    private static Args failed(String problem) {
        return new Args(List.of(), Map.of(), Set.of(), Optional.of(problem));
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean on(String name) {
        return switches.contains(name);
    }
}
