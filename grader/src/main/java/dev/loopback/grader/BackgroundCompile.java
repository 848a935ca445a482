package dev.loopback.grader;

import dev.loopback.grader.compile.Compilation;
import dev.loopback.grader.compile.SourceCompiler;
import dev.loopback.grader.sandbox.SandboxClassPath;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Compiles the learner's sources on a thread of its own, so loading the exercise and starting the sandbox overlap it. */
final class BackgroundCompile {
    private final FutureTask<Compilation> task;

    private BackgroundCompile(FutureTask<Compilation> task) {
        this.task = task;
    }

    static BackgroundCompile start(Path sources, Path classes) {
        FutureTask<Compilation> task = new FutureTask<>(
                () -> SourceCompiler.compile(sources, List.of(SandboxClassPath.support()), classes));
        Thread thread = new Thread(task, "loopback-compile");
        thread.setDaemon(true);
        thread.start();
        return new BackgroundCompile(task);
    }

    Compilation await() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        }
    }
}
