package dev.loopback.grader.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in this JVM with {@code javax.tools}; the compiler and its file manager
 * stay warm between calls, so a second submission compiles in a fraction of the first one's time.
 */
public final class SourceCompiler {
    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
    private static final StandardJavaFileManager FILES = COMPILER == null ? null
            : COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    private static final List<String> OPTIONS = List.of("-proc:none", "-g", "-Xlint:none", "-nowarn",
            "-encoding", "UTF-8", "-implicit:none");

    /** Warm-up compiles of a stub: enough for javac's hot code to be compiled by the JIT (C1 only, too). */
    static final int WARM_UP_COMPILES = 15;
    private static final AtomicBoolean WARMED = new AtomicBoolean();
    /** Set by a real compile while it waits: the warm-up stops after its current compile. */
    private static volatile boolean wanted;

    private SourceCompiler() {}

    /**
     * Compiles {@code sources} (an exercise's public stub) against {@code classPath} (the one submissions compile
     * against) up to {@value #WARM_UP_COMPILES} times, once per runner, on a thread of its own into a temporary folder, so that javac's classes are loaded and its code compiled
     * by the JIT before the learner's first submit. A submit that arrives meanwhile waits for one compile at most.
     */
    public static void warmUpInBackground(Path sources, List<Path> classPath) {
        if (COMPILER == null || !WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread warm = new Thread(() -> {
            try {
                Path dir = Files.createTempDirectory("loopback-javac-warmup");
                try {
                    for (int i = 0; i < WARM_UP_COMPILES && !wanted; i++) {
                        compileNow(sources, classPath, dir.resolve("classes-" + i));
                    }
                } finally {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Only a warm-up: the first real compile is slower, nothing else.
            }
        }, "loopback-javac-warmup");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** Compiles every {@code .java} file under {@code sourceRoot} into {@code classes}. */
    public static Compilation compile(Path sourceRoot, List<Path> classPath, Path classes) {
        wanted = true;
        return compileNow(sourceRoot, classPath, classes);
    }

    private static synchronized Compilation compileNow(Path sourceRoot, List<Path> classPath, Path classes) {
        if (COMPILER == null) {
            throw new IllegalStateException("No Java compiler in this runtime: run the course with a JDK, not a JRE");
        }
        List<Path> sources = javaFiles(sourceRoot);
        if (sources.isEmpty()) {
            return new Compilation.DidNotCompile(List.of(new SourceDiagnostic(null, 0, 0, "ERROR",
                    "no .java files found under " + sourceRoot, "")));
        }
        try {
            Files.createDirectories(classes);
            FILES.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            FILES.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            FILES.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of(sourceRoot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        Iterable<? extends JavaFileObject> units = FILES.getJavaFileObjectsFromPaths(sources);
        boolean ok = COMPILER.getTask(new StringWriter(), FILES, collector, OPTIONS, null, units).call();
        List<SourceDiagnostic> errors = new ArrayList<>();
        List<SourceDiagnostic> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
            (d.getKind() == Diagnostic.Kind.ERROR ? errors : warnings).add(Diagnostics.of(d));
        }
        return ok && errors.isEmpty() ? new Compilation.Compiled(classes, warnings) : new Compilation.DidNotCompile(errors);
    }

    static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
