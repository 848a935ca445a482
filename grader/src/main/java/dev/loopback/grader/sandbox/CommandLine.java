package dev.loopback.grader.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sandbox's command line: prlimit (open files, address space, file size, no core dumps) and,
 * where it works, bwrap (read-only root, own PID, network, IPC and user namespaces, no capabilities,
 * an unprivileged uid, a size-capped /tmp) around a limited {@code java}.
 */
record CommandLine(SandboxRequest request, List<Path> jars, Path work, Path results, Path archive) {
    /** The sandbox's uid and gid inside its user namespace: nobody. */
    static final int NOBODY = 65534;
    /** Largest file the sandbox may write (the class-sharing archive is the largest it needs). */
    static final long MAX_FILE_BYTES = 128L * 1024 * 1024;
    static final long TMP_BYTES = 16L * 1024 * 1024;
    static final int DIRECT_MEMORY_MB = 64;

    List<String> build(boolean isolated) {
        List<String> command = new ArrayList<>();
        if (Bubblewrap.prlimit()) {
            int files = request.limits().openFiles();
            command.addAll(List.of("prlimit", "--nofile=" + files + ":" + files,
                    "--as=" + addressSpaceBytes(), "--fsize=" + MAX_FILE_BYTES, "--core=0"));
        }
        if (isolated) {
            command.addAll(bwrap());
        }
        command.addAll(java());
        return command;
    }

    /**
     * The address-space cap that bounds native memory as well as the heap: the heap, the capped
     * code cache, class space and direct buffers, a thread stack per allowed thread, and room for
     * the JVM's own libraries and mappings.
     */
    long addressSpaceBytes() {
        long mb = request.limits().heapMb() + 768L + request.limits().threads();
        return mb * 1024 * 1024;
    }

    /** bwrap's arguments up to the per-run binds; {@link Bubblewrap} probes exactly these. */
    static List<String> bwrapBase() {
        return List.of("bwrap", "--ro-bind", "/", "/", "--dev", "/dev",
                "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--hostname", "sandbox",
                "--unshare-user", "--uid", String.valueOf(NOBODY), "--gid", String.valueOf(NOBODY),
                "--cap-drop", "ALL", "--proc", "/proc", "--size", String.valueOf(TMP_BYTES), "--tmpfs", "/tmp");
    }

    private List<String> bwrap() {
        List<String> args = new ArrayList<>(bwrapBase());
        List<Path> readable = new ArrayList<>(jars);
        readable.addAll(request.readable());
        if (Files.isRegularFile(archive)) {
            readable.add(archive);
        }
        for (Path path : readable) {
            args.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        args.addAll(List.of("--bind", work.toString(), work.toString(), "--bind", results.toString(), results.toString(),
                "--die-with-parent", "--new-session"));
        return args;
    }

    private List<String> java() {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + request.limits().heapMb() + "m", "-XX:-MaxFDLimit", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=48m", "-XX:CompressedClassSpaceSize=64m",
                "-XX:MaxMetaspaceSize=128m", "-XX:MaxDirectMemorySize=" + DIRECT_MEMORY_MB + "m",
                "-XX:+DisableAttachMechanism", "-XX:-UsePerfData", "-Xshare:auto", "-Xlog:disable", "-Xlog:all=off",
                "-Djava.io.tmpdir=" + work, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        if (Files.isRegularFile(archive)) {
            args.add("-XX:SharedArchiveFile=" + archive);
        }
        args.addAll(List.of("-cp", jars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                "dev.loopback.sandbox.Agent", results.toString(), String.valueOf(request.limits().perTestSeconds()),
                String.valueOf(request.limits().threads())));
        request.rehearsal().ifPresent(rehearsal -> args.addAll(List.of(rehearsal.tests().toString(),
                rehearsal.stub().toString())));
        return args;
    }
}
