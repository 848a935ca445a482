package dev.loopback.grader.sandbox;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The jars and folders the sandbox needs besides the learner's classes and the hidden tests,
 * found through the code sources of marker classes, so it works under Maven, surefire and a
 * plain {@code java -cp}. It never contains the runner or the reference solutions.
 */
public final class SandboxClassPath {
    private static final List<String> JUNIT_MARKERS = List.of(
            "org.junit.platform.launcher.Launcher",
            "org.junit.platform.launcher.core.LauncherFactory",
            "org.junit.platform.engine.TestEngine",
            "org.junit.platform.commons.util.ReflectionUtils",
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.engine.JupiterTestEngine",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.opentest4j.AssertionFailedError",
            "org.apiguardian.api.API",
            "org.jspecify.annotations.Nullable");
    private static final String SUPPORT_MARKER = "dev.loopback.sandbox.Agent";

    private SandboxClassPath() {}

    /** JUnit's jars, in a stable order. */
    public static List<Path> junit() {
        Set<Path> jars = new LinkedHashSet<>();
        for (String marker : JUNIT_MARKERS) {
            locate(marker).ifPresent(jars::add);
        }
        return new ArrayList<>(jars);
    }

    /** The agent and the shared fixtures (a jar or a classes folder). */
    public static Path support() {
        return locate(SUPPORT_MARKER).orElseThrow(() -> new IllegalStateException("sandbox support classes not found"));
    }

    private static Optional<Path> locate(String className) {
        try {
            Class<?> type = Class.forName(className, false, SandboxClassPath.class.getClassLoader());
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (ClassNotFoundException | URISyntaxException | LinkageError e) {
            return Optional.empty();
        }
    }
}
