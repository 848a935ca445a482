package dev.loopback.grader.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.GradeResult;
import dev.loopback.grader.report.JsonReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Every submission, kept under {@code <root>/<exercise>/<timestamp>/} as a copy of the sources
 * and {@code result.json}; nothing recorded is ever overwritten.
 */
public final class History {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;

    public History(Path root) {
        this.root = root;
    }

    /** A file-name-safe, sortable timestamp. */
    public static String stamp(Instant at) {
        return STAMP.format(at);
    }

    /** Records {@code result} with a copy of {@code sources}; returns the result with its folder set. */
    public GradeResult record(Path sources, GradeResult result) {
        try {
            Path dir = newFolder(root.resolve(result.exercise()), stamp(result.submittedAt()));
            Sources.copy(sources, dir.resolve("src"));
            GradeResult recorded = result.recordedAt(dir);
            Files.writeString(dir.resolve("result.json"), JsonReport.tree(recorded).toPrettyString());
            return recorded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the submission under " + root, e);
        }
    }

    /** The attempts at {@code exercise}, oldest first. */
    public List<Attempt> attempts(String exercise) {
        Path dir = root.resolve(exercise);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Attempt> attempts = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.sorted().toList()) {
                read(folder).ifPresent(attempts::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attempts.sort(Comparator.comparing(Attempt::at));
        return attempts;
    }

    /** The best score of any attempt, if there was one. */
    public OptionalInt best(String exercise) {
        return attempts(exercise).stream().mapToInt(Attempt::score).max();
    }

    public boolean everPassed(String exercise) {
        return attempts(exercise).stream().anyMatch(Attempt::passed);
    }

    private static Optional<Attempt> read(Path folder) {
        Path file = folder.resolve("result.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            return Optional.of(new Attempt(Instant.parse(json.path("submittedAt").asText()),
                    json.path("compiled").asBoolean(), json.path("score").asInt(), json.path("maxScore").asInt(),
                    json.path("passed").asBoolean(), json.path("durationMs").asLong(), folder));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path newFolder(Path parent, String name) throws IOException {
        Files.createDirectories(parent);
        for (int n = 1; ; n++) {
            Path candidate = parent.resolve(n == 1 ? name : name + "-" + n);
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException taken) {
                // Another submission in the same millisecond: take the next name.
            }
        }
    }
}
