package dev.loopback.grader.container;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs commands in a started container through Docker's exec API, waiting at most a given time. */
final class Execs {
    private final DockerClient docker;
    private final String containerId;
    private final int outputLimit;

    /** The exit code (empty when the wait ran out), capped output and time taken. */
    record Result(Optional<Integer> code, String stdout, String stderr, Duration elapsed) {}

    Execs(DockerClient docker, String containerId, int outputLimit) {
        this.docker = docker;
        this.containerId = containerId;
        this.outputLimit = outputLimit;
    }

    Result run(List<String> command, Duration wait) {
        String execId = docker.execCreateCmd(containerId)
                .withCmd(command.toArray(String[]::new))
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec()
                .getId();
        long start = System.nanoTime();
        CappedOutput output = docker.execStartCmd(execId).exec(new CappedOutput(outputLimit));
        boolean finished = awaitThenClose(output, wait);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Optional<Integer> code = finished ? exitCode(execId) : Optional.empty();
        return new Result(code, output.stdout(), output.stderr(), elapsed);
    }

    private static boolean awaitThenClose(CappedOutput output, Duration wait) {
        try {
            return output.awaitCompletion(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                output.close();
            } catch (IOException e) {
                // The exec stream is already finished or abandoned; nothing is left to release.
            }
        }
    }

    private Optional<Integer> exitCode(String execId) {
        Long code = docker.inspectExecCmd(execId).exec().getExitCodeLong();
        return Optional.ofNullable(code).map(Long::intValue);
    }
}
