package dev.loopback.grader.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One answer of the labelled set: a first line {@code met: <criterion ids>}, a line {@code ---}, then the answer. */
record LabelledAnswer(String name, Set<String> met, String answer) {

    static final Path SET = Path.of("src", "test", "resources", "drill", "05");

    static List<LabelledAnswer> all() {
        try (Stream<Path> files = Files.list(SET)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(LabelledAnswer::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledAnswer read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] parts = text.split("\n---\n", 2);
            if (parts.length != 2 || !parts[0].startsWith("met:")) {
                throw new IllegalStateException(file + ": expected 'met: ...', then '---', then the answer");
            }
            Set<String> met = Arrays.stream(parts[0].substring(4).trim().split("\\s+"))
                    .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            return new LabelledAnswer(file.getFileName().toString(), met, parts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
