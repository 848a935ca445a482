package dev.loopback.grader;

import dev.loopback.fixture.Poll;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processes alive when it was taken, so that a test can name every sandbox process started since
 * then that is still alive: a process whose environment carries the sandbox's run marker (detached
 * children inherit it), whose command line is a sandbox of this test's state folder (the agent's JVM,
 * bwrap), or whose command line names a hostile scenario's canary. Processes of other builds on the
 * same machine carry another {@code MAVEN_PROJECTBASEDIR} or another state folder and are left out.
 */
final class ProcessCensus {
    private static final String MARKER = "LOOPBACK_SANDBOX_RUN=";
    private static final Path PROC = Path.of("/proc");

    private final Set<Long> before;
    private final String state;
    private final String build;

    private ProcessCensus(Set<Long> before, Path state) {
        this.before = before;
        this.state = state.toAbsolutePath().toString();
        String base = System.getenv("MAVEN_PROJECTBASEDIR");
        this.build = base == null ? null : "MAVEN_PROJECTBASEDIR=" + base;
    }

    /** The processes alive now; sandboxes are recognised by {@code state}, the grading's state folder. */
    static ProcessCensus take(Path state) {
        return new ProcessCensus(ProcessHandle.allProcesses().map(ProcessHandle::pid).collect(Collectors.toSet()), state);
    }

    /** Whether this machine shows other processes' command lines and environments (Linux's /proc). */
    static boolean canSee() {
        return Files.isReadable(PROC.resolve("self").resolve("environ"));
    }

    /**
     * The sandbox processes started since the census that are still alive once {@code wait} has passed
     * (or none, as soon as none is), each as "pid: command line".
     */
    List<String> leftovers(Duration wait) {
        return Poll.value(wait, this::sandboxProcesses, List::isEmpty);
    }

    private List<String> sandboxProcesses() {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self && !before.contains(p.pid()))
                .filter(p -> !zombie(p.pid()) && sandboxed(p.pid()))
                .map(p -> p.pid() + ": " + text(p.pid(), "cmdline"))
                .toList();
    }

    private boolean sandboxed(long pid) {
        String environ = text(pid, "environ");
        String cmdline = text(pid, "cmdline");
        boolean marked = environ.contains(MARKER) && (build == null || environ.contains(build));
        boolean sandbox = cmdline.contains(state) && (cmdline.contains("dev.loopback.sandbox.Agent") || cmdline.contains("bwrap"));
        return marked || sandbox || cmdline.contains("PWNED");
    }

    private static boolean zombie(long pid) {
        String stat = text(pid, "stat");
        int close = stat.lastIndexOf(')');
        return close < 0 || stat.length() < close + 3 || stat.charAt(close + 2) == 'Z' || stat.charAt(close + 2) == 'X';
    }

    /** A /proc file of {@code pid} with NULs as spaces; empty once the process is gone. */
    private static String text(long pid, String file) {
        try {
            return new String(Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve(file)), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException | SecurityException e) {
            return "";
        }
    }
}
