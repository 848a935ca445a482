package dev.loopback.runner.scratch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/** A tiny learner-like package {@code poolsizer}, compiled for real with javac into a temp dir. */
final class SampleClasses {
    static final String POOL_SIZER = """
            package poolsizer;

            import java.time.Duration;

            public final class PoolSizer {
                private PoolSizer() {}

                public static int inFlight(int requestsPerSecond, Duration latency) {
                    if (requestsPerSecond <= 0) {
                        throw new IllegalArgumentException("rate must be positive");
                    }
                    return (int) Math.ceil(requestsPerSecond * latency.toMillis() / 1000.0);
                }

                public static int poolMax(int requestsPerSecond, Duration latency) {
                    return (int) Math.ceil(inFlight(requestsPerSecond, latency) * 1.25);
                }
            }
            """;

    private SampleClasses() {}

    /** Writes {@code PoolSizer.java} under {@code sources} and compiles it into {@code classes}. */
    static Path compile(Path sources, Path classes) {
        try {
            Path file = sources.resolve("poolsizer").resolve("PoolSizer.java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, POOL_SIZER);
            Files.createDirectories(classes);
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), file.toString()));
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("javac failed: " + status);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
