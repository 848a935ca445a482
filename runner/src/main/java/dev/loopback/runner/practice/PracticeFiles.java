package dev.loopback.runner.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopback.grader.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds quick-check and drill files: first through course/course.json ({@code quickCheck} or
 * {@code drill} of a lesson, by id), then by name ({@code course/checks/05-*.md}).
 */
public enum PracticeFiles {
    QUICK_CHECK("quickCheck", "checks"),
    DRILL("drill", "drills");

    private final String manifestKey;
    private final String folder;

    PracticeFiles(String manifestKey, String folder) {
        this.manifestKey = manifestKey;
        this.folder = folder;
    }

    /** The file for {@code id}, if the course has one. */
    public Optional<Path> find(Workspace workspace, String id) {
        return fromManifest(workspace, id).or(() -> byName(workspace).stream()
                .filter(p -> idOf(p).equals(id)).findFirst());
    }

    /** The ids of every such file in the course folder, for completion and "did you mean". */
    public List<String> ids(Workspace workspace) {
        return byName(workspace).stream().map(PracticeFiles::idOf).distinct().toList();
    }

    private Optional<Path> fromManifest(Workspace workspace, String id) {
        Path manifest = workspace.course().resolve("course.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            for (JsonNode entry : new ObjectMapper().readTree(manifest.toFile()).findValues(manifestKey)) {
                if (id.equals(entry.path("id").asText()) && entry.hasNonNull("file")) {
                    return Optional.of(workspace.course().resolve(entry.get("file").asText()));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private List<Path> byName(Workspace workspace) {
        Path dir = workspace.course().resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("[^-]+-.*\\.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('-'));
    }
}
