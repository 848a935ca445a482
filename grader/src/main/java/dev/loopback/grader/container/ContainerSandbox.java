package dev.loopback.grader.container;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One locked-down container (see {@link Lockdown}) that runs commands against a read-only input
 * folder at {@value #INPUT}, writes only to its tmpfs {@value #WORK} and /tmp, and kills each run
 * at the wall-clock limit. Not thread-safe; one run at a time.
 */
public final class ContainerSandbox implements AutoCloseable {
    /** Where the input folder appears inside the container (read-only). */
    public static final String INPUT = "/in";
    /** The writable work folder (tmpfs), also the working directory. */
    public static final String WORK = "/work";
    private static final Duration HOST_GRACE = Duration.ofSeconds(15);
    private static final Duration READ_LIMIT = Duration.ofSeconds(20);
    private static final int OUTPUT_LIMIT = 256 * 1024;
    private static final int KILLED = 128 + 9;

    private final GenericContainer<?> container;
    private final ContainerLimits limits;
    private final Execs execs;
    private boolean stopped;

    private ContainerSandbox(GenericContainer<?> container, ContainerLimits limits) {
        this.container = container;
        this.limits = limits;
        this.execs = new Execs(container.getDockerClient(), container.getContainerId(), OUTPUT_LIMIT);
    }

    /** Starts a container of {@code image} with {@code limits}, mounting {@code input} read-only at {@value #INPUT}. */
    public static ContainerSandbox start(String image, ContainerLimits limits, Path input) {
        InputFolder.openToSandboxUser(input);
        return start(image, limits, Map.of(INPUT, input));
    }

    /**
     * Starts a container of {@code image} with {@code limits}, mounting each host path read-only at
     * its container path (host folders must be readable by others: the container's user is 10001).
     */
    public static ContainerSandbox start(String image, ContainerLimits limits, Map<String, Path> mounts) {
        DockerCheck.requireReady(image);
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withImagePullPolicy(new NeverPull())
                .withNetworkMode("none")
                .withCommand("sleep", "infinity")
                .withCreateContainerCmdModifier(cmd -> Lockdown.apply(cmd, limits, mounts));
        try {
            container.start();
        } catch (ContainerLaunchException e) {
            throw new ContainerUnavailableException("the sandbox container (" + image + ") did not start: " + e.getMessage(), e);
        }
        return new ContainerSandbox(container, limits);
    }

    /** Runs {@code command} as the sandbox user in {@value #WORK}; it is killed at the limits' wall clock. */
    public ContainerRun run(List<String> command) {
        return run(command, limits.wallClock());
    }

    /** Runs {@code command} as the sandbox user in {@value #WORK}; it is killed after {@code wallClock} (whole seconds, at least one). */
    public ContainerRun run(List<String> command, Duration wallClock) {
        long seconds = Math.max(1, wallClock.toSeconds());
        long oomKillsBefore = oomKills();
        List<String> timed = new ArrayList<>(List.of("timeout", "-s", "KILL", Long.toString(seconds)));
        timed.addAll(command);
        Execs.Result result = execs.run(timed, Duration.ofSeconds(seconds).plus(HOST_GRACE));
        ContainerRun.Ending ending;
        if (result.code().isEmpty()) {
            stopped = true;
            container.stop();
            ending = new ContainerRun.TimedOut(Duration.ofSeconds(seconds));
        } else {
            ending = ending(result.code().get(), result.elapsed(), Duration.ofSeconds(seconds), oomKillsBefore);
        }
        return new ContainerRun(ending, result.stdout(), result.stderr(), result.elapsed());
    }

    /** The text of a file inside the container, if it exists and is readable (never after a run had to stop the container). */
    public Optional<String> read(String path) {
        if (stopped) {
            return Optional.empty();
        }
        Execs.Result result = execs.run(List.of("cat", path), READ_LIMIT);
        return result.code().filter(code -> code == 0).map(code -> result.stdout());
    }

    /** The limits this container runs with. */
    public ContainerLimits limits() {
        return limits;
    }

    @Override
    public void close() {
        container.stop();
    }

    private ContainerRun.Ending ending(int code, Duration elapsed, Duration wallClock, long oomKillsBefore) {
        if (code == KILLED && oomKills() > oomKillsBefore) {
            return new ContainerRun.OutOfMemory(limits.memoryMb());
        }
        if (code == KILLED && elapsed.compareTo(wallClock) >= 0) {
            return new ContainerRun.TimedOut(wallClock);
        }
        return new ContainerRun.Exited(code);
    }

    private long oomKills() {
        Execs.Result result = execs.run(List.of("cat", "/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"), READ_LIMIT);
        return result.stdout().lines()
                .filter(line -> line.startsWith("oom_kill "))
                .mapToLong(line -> Long.parseLong(line.substring("oom_kill ".length()).strip()))
                .sum();
    }
}
