package dev.loopback.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The learner sources of a golden scenario: its own {@code src/}; or the exercise's {@code stub/} or
 * {@code solution/} when {@code expected.json} names one in {@code "sources"}, with the scenario's
 * {@code src/}, if any, laid over it (a wrong solution keeps only the files it changes).
 */
public final class ScenarioSources {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioSources() {}

    /** The folder to grade, assembled under {@code work} when the scenario overlays a base. */
    public static Path of(Path scenario, Path exerciseDir, Path work) throws IOException {
        Path own = scenario.resolve("src");
        String base = JSON.readTree(scenario.resolve("expected.json").toFile()).path("sources").asText("");
        if (base.isEmpty()) {
            return own;
        }
        if (!base.equals("stub") && !base.equals("solution")) {
            throw new IllegalArgumentException(
                    scenario.resolve("expected.json") + ": \"sources\" is \"stub\" or \"solution\", not \"" + base + "\"");
        }
        if (!Files.isDirectory(own)) {
            return exerciseDir.resolve(base);
        }
        Path merged = Files.createTempDirectory(work, scenario.getFileName().toString());
        copy(exerciseDir.resolve(base), merged);
        copy(own, merged);
        return merged;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
