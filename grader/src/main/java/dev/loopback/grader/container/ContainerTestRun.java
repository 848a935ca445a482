package dev.loopback.grader.container;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one submission's hidden tests in a fresh sandbox container: the same agent, arguments and
 * results file (JSON lines) as the process sandbox, with the classes and jars mounted read-only.
 */
public final class ContainerTestRun {
    static final String RESULTS = ContainerSandbox.WORK + "/results.jsonl";
    /** Where the learner's classes and the hidden tests appear in the container (read-only). */
    public static final String LEARNER = "/in/learner";
    public static final String TESTS = "/in/tests";
    private static final String GO = ContainerSandbox.WORK + "/.go";
    private static final Duration SETUP = Duration.ofSeconds(20);

    /** What to run: the learner's and the tests' class folders, the agent's class path, and the exercise's limits. */
    public record Request(Path learnerClasses, Path testClasses, List<Path> classPath, int heapMb, int perTestSeconds,
            int threads, int openFiles, int wallClockSeconds) {}

    /** How the container run ended and the results file as the agent left it (possibly partial or empty). */
    public record Outcome(ContainerRun run, String results) {}

    private ContainerTestRun() {}

    /**
     * Runs {@code request} in a new container of {@code image}, which is removed afterwards. The agent's
     * {@code goLine} (with the run's key) is written to a private file by an exec of its own before the
     * agent starts, and removed before the agent reads to the end of its stdin, so it never sits in a
     * process's command line and is gone before any learner class loads.
     */
    public static Outcome run(String image, Request request, String goLine) {
        InputFolder.openToSandboxUser(request.learnerClasses());
        InputFolder.openToSandboxUser(request.testClasses());
        Map<String, Path> mounts = new LinkedHashMap<>();
        mounts.put(LEARNER, request.learnerClasses());
        mounts.put(TESTS, request.testClasses());
        List<String> classPath = new ArrayList<>();
        for (int i = 0; i < request.classPath().size(); i++) {
            Path entry = request.classPath().get(i);
            String inside = "/in/lib/" + i + "-" + entry.getFileName();
            mounts.put(inside, entry);
            classPath.add(inside);
        }
        ContainerLimits limits = ContainerLimits.forJvm(request.heapMb(), request.threads(), request.openFiles(),
                Duration.ofSeconds(request.wallClockSeconds()));
        try (ContainerSandbox sandbox = ContainerSandbox.start(image, limits, mounts)) {
            sandbox.run(List.of("sh", "-c", "umask 077 && printf '%s\\n' \"$1\" > " + GO, "go", goLine), SETUP);
            ContainerRun run = sandbox.run(command(request, String.join(":", classPath)));
            return new Outcome(run, sandbox.read(RESULTS).orElse(""));
        }
    }

    /** The agent's command line; it reads its go line from stdin, piped from the private file, which is removed first. */
    static List<String> command(Request request, String classPath) {
        return List.of("sh", "-c", ": > " + RESULTS + " && { cat " + GO + "; rm -f " + GO + "; } | exec \"$@\"", "agent",
                "java", "-Xmx" + request.heapMb() + "m", "-XX:-MaxFDLimit", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:MaxDirectMemorySize=64m", "-XX:+DisableAttachMechanism",
                "-Xshare:auto", "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=off", "-Djava.io.tmpdir=/tmp",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-cp", classPath, "dev.loopback.sandbox.Agent",
                RESULTS, String.valueOf(request.perTestSeconds()), String.valueOf(request.threads()));
    }
}
