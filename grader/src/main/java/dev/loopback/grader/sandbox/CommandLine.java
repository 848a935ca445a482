package dev.loopback.grader.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The sandbox's command line: optional prlimit and bwrap wrappers around a tuned, limited {@code java}. */
record CommandLine(SandboxRequest request, List<Path> jars, Path work, Path results, Path archive, Path dump) {

    List<String> build(boolean isolated) {
        List<String> command = new ArrayList<>();
        if (Bubblewrap.prlimit()) {
            int files = request.limits().openFiles();
            command.addAll(List.of("prlimit", "--nofile=" + files + ":" + files));
        }
        if (isolated) {
            command.addAll(bwrap());
        }
        command.addAll(java());
        return command;
    }

    private List<String> bwrap() {
        List<String> args = new ArrayList<>(List.of("bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                "--tmpfs", "/tmp"));
        List<Path> readable = new ArrayList<>(jars);
        readable.addAll(request.readable());
        readable.add(archive.getParent());
        for (Path path : readable) {
            args.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        args.addAll(List.of("--bind", work.toString(), work.toString(), "--bind", results.toString(), results.toString(),
                "--unshare-net", "--die-with-parent", "--new-session"));
        return args;
    }

    private List<String> java() {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + request.limits().heapMb() + "m", "-XX:-MaxFDLimit", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=off",
                "-Djava.io.tmpdir=" + work, "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        args.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + dump);
        args.addAll(List.of("-cp", jars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                "dev.loopback.sandbox.Agent", results.toString(), String.valueOf(request.limits().perTestSeconds()),
                String.valueOf(request.limits().threads())));
        return args;
    }
}
