package dev.loopback.grader.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One answer of a drill's labelled set: a file {@code <name>.txt} whose first line is {@code met: <criterion ids>}
 * (the criteria a person judged met, possibly none), then a line {@code ---}, then the answer.
 */
public record LabelledAnswer(String name, Set<String> met, String answer) {

    public LabelledAnswer {
        met = Set.copyOf(met);
    }

    /** Every {@code *.txt} answer in {@code folder}, by file name. */
    public static List<LabelledAnswer> readAll(Path folder) throws IOException, DrillFormatException {
        List<LabelledAnswer> answers = new java.util.ArrayList<>();
        for (Path file : files(folder)) {
            answers.add(read(file));
        }
        return answers;
    }

    /** The labelled answers' files in {@code folder} ({@code *.txt}), by name. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** One labelled answer; a file not in the {@code met: ... / --- / answer} shape is named with its line. */
    public static LabelledAnswer read(Path file) throws IOException, DrillFormatException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.startsWith("met:")) {
            throw new DrillFormatException(file, 1, "a labelled answer starts with 'met: <criterion ids>' (none for none)");
        }
        String[] parts = text.split("\n---\n", 2);
        if (parts.length != 2 || parts[0].contains("\n")) {
            throw new DrillFormatException(file, 2, "expected a line '---' after the 'met:' line, then the answer");
        }
        Set<String> met = new LinkedHashSet<>();
        Arrays.stream(parts[0].substring(4).trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(met::add);
        return new LabelledAnswer(file.getFileName().toString(), met, parts[1]);
    }
}
