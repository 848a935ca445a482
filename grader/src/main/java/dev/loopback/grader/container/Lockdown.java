package dev.loopback.grader.container;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.Volume;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The container's confinement: no network but loopback, read-only root with tmpfs work and temp
 * folders, memory (swap included), CPU, pids and open-file caps, no capabilities, no privilege
 * gain, unprivileged user, and the input files and folders mounted read-only.
 */
final class Lockdown {
    static final String USER = "10001:10001";
    private static final long MB = 1024L * 1024L;
    private static final long CPU_PERIOD_MICROS = 100_000L;

    private Lockdown() {}

    /** Applies the confinement for {@code limits} to a container about to be created; {@code mounts} maps container paths to host paths mounted read-only. */
    static void apply(CreateContainerCmd cmd, ContainerLimits limits, Map<String, Path> mounts) {
        HostConfig host = cmd.getHostConfig();
        host.withNetworkMode("none")
                .withReadonlyRootfs(true)
                .withTmpFs(Map.of(
                        ContainerSandbox.WORK, "rw,nosuid,nodev,size=" + limits.tmpfsMb() + "m,uid=10001,gid=10001,mode=0700",
                        "/tmp", "rw,nosuid,nodev,noexec,size=" + limits.tmpfsMb() + "m,mode=1777"))
                .withMemory(limits.memoryMb() * MB)
                .withMemorySwap(limits.memoryMb() * MB)
                .withCpuPeriod(CPU_PERIOD_MICROS)
                .withCpuQuota(Math.round(limits.cpus() * CPU_PERIOD_MICROS))
                .withPidsLimit((long) limits.pids())
                .withUlimits(List.of(new Ulimit("nofile", (long) limits.openFiles(), (long) limits.openFiles())))
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withBinds(mounts.entrySet().stream()
                        .map(mount -> new Bind(mount.getValue().toAbsolutePath().toString(), new Volume(mount.getKey()), AccessMode.ro))
                        .toList());
        cmd.withUser(USER).withWorkingDir(ContainerSandbox.WORK);
    }
}
