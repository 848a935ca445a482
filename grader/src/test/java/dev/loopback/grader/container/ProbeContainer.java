package dev.loopback.grader.container;

import dev.loopback.grader.container.probe.Probe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A started sandbox container whose read-only input holds the compiled {@link Probe}, for the proof tests. */
final class ProbeContainer implements AutoCloseable {
    private final Path input;
    private final ContainerSandbox sandbox;

    private ProbeContainer(Path input, ContainerSandbox sandbox) {
        this.input = input;
        this.sandbox = sandbox;
    }

    static ProbeContainer start(ContainerLimits limits) throws IOException, URISyntaxException {
        Path input = Files.createTempDirectory("loopback-probe");
        String packagePath = Probe.class.getPackageName().replace('.', '/');
        Path classes = Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(packagePath);
        Files.createDirectories(input.resolve(packagePath));
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, input.resolve(packagePath).resolve(file.getFileName()));
            }
        }
        return new ProbeContainer(input, ContainerSandbox.start(SandboxImage.configured(), limits, input));
    }

    /** Runs the probe with a 64 MB heap. */
    ContainerRun probe(String... args) {
        return probe(64, sandbox.limits().wallClock(), args);
    }

    /** Runs the probe with the given heap (which may exceed the container's memory) and wall clock. */
    ContainerRun probe(int heapMb, Duration wallClock, String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Xmx" + heapMb + "m", "-cp", ContainerSandbox.INPUT, Probe.class.getName()));
        command.addAll(List.of(args));
        return sandbox.run(command, wallClock);
    }

    ContainerSandbox sandbox() {
        return sandbox;
    }

    @Override
    public void close() throws IOException {
        sandbox.close();
        try (Stream<Path> paths = Files.walk(input)) {
            paths.sorted(Comparator.reverseOrder()).forEach(ProbeContainer::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
