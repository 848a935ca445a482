package dev.loopback.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import dev.loopback.grader.sandbox.Sandbox;

/** The grader's own tiny test course (exercise "sample"), with learner state in a test's temp folder. */
public final class SampleCourse {
    public static final Path HOME = Path.of("src/test/resources/sample-course").toAbsolutePath();

    private SampleCourse() {}

    public static Workspace workspace(Path state) {
        return Workspace.at(HOME).withState(state);
    }

    public static Path solution() {
        return HOME.resolve("grader/exercises/sample/solution");
    }

    public static Path stub() {
        return HOME.resolve("grader/exercises/sample/stub");
    }

    /** A learner source tree under {@code dir} holding {@code files} (path relative to the source root, text). */
    public static Path sources(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Grades {@code sources} for the sample exercise, counting in {@code started} every sandbox the grading starts. */
    public static GradeResult gradeCountingSandboxes(Path state, Path sources, AtomicInteger started) {
        return new Grader(workspace(state), request -> {
            started.incrementAndGet();
            return Sandbox.start(request);
        }).grade("sample", sources, GradeOptions.DEFAULT, ProgressListener.NONE);
    }

    /** The command lines of sandbox agent processes still running under this JVM. */
    public static List<String> sandboxAgents() {
        return ProcessHandle.current().descendants()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains("dev.loopback.sandbox.Agent"))
                .toList();
    }
}
