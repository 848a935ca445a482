package dev.loopback.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Whether {@code bwrap} and {@code prlimit} work here; each is probed once per runner. */
final class Bubblewrap {
    private static Boolean bwrap;
    private static Boolean prlimit;

    private Bubblewrap() {}

    static synchronized boolean available() {
        if (bwrap == null) {
            List<String> probe = new ArrayList<>(CommandLine.bwrapBase());
            probe.addAll(List.of("--die-with-parent", "--new-session", "true"));
            bwrap = onLinux() && runs(probe);
        }
        return bwrap;
    }

    static synchronized boolean prlimit() {
        if (prlimit == null) {
            prlimit = onLinux() && runs(List.of("prlimit", "--nofile=256:256", "--as=" + (1L << 30),
                    "--fsize=" + CommandLine.MAX_FILE_BYTES, "--core=0", "true"));
        }
        return prlimit;
    }

    private static boolean onLinux() {
        return System.getProperty("os.name", "").toLowerCase().contains("linux") && Files.isDirectory(Path.of("/proc"));
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
