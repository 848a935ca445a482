package dev.loopback.grader.policy;

import dev.loopback.grader.compile.SourceDiagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Turns policy violations into diagnostics at the learner's source lines, reported like compiler errors. */
public final class Refusals {
    private Refusals() {}

    /** The first {@value PolicyCheck#REPORTED} violations as diagnostics in {@code sources}, plus one line counting the rest. */
    public static List<SourceDiagnostic> diagnostics(List<Violation> violations, Path sources) {
        List<SourceDiagnostic> out = new ArrayList<>();
        for (Violation v : violations.subList(0, Math.min(violations.size(), PolicyCheck.REPORTED))) {
            Optional<Path> file = source(sources, v);
            String line = file.flatMap(f -> line(f, v.line())).orElse("");
            out.add(new SourceDiagnostic(file.orElse(null), v.line(), column(line, v.api()), "ERROR",
                    "not allowed in graded code: " + v.message(), line));
        }
        if (violations.size() > PolicyCheck.REPORTED) {
            out.add(new SourceDiagnostic(null, 0, 0, "ERROR", "... and " + (violations.size() - PolicyCheck.REPORTED)
                    + " more uses the grading policy does not allow.", ""));
        }
        return out;
    }

    private static Optional<Path> source(Path sources, Violation v) {
        if (v.sourceFile() == null) {
            return Optional.empty();
        }
        int dot = v.className().lastIndexOf('.');
        Path expected = sources.resolve(dot < 0 ? "" : v.className().substring(0, dot).replace('.', '/')).resolve(v.sourceFile());
        if (Files.isRegularFile(expected)) {
            return Optional.of(expected);
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.getFileName().toString().equals(v.sourceFile())).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> line(Path file, int number) {
        if (number <= 0) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(number - 1L).findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Where the API's name starts on the line (1-based), else the first non-blank character, else 0. */
    private static long column(String line, String api) {
        if (line.isBlank()) {
            return 0;
        }
        String name = api.startsWith("new ") ? api.substring(4) : api;
        name = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
        name = name.substring(name.lastIndexOf('.') + 1);
        int at = name.isEmpty() ? -1 : line.indexOf(name);
        if (at >= 0) {
            return at + 1L;
        }
        return line.length() - line.stripLeading().length() + 1L;
    }
}
