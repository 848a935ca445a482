package dev.loopback.grader.container;

import java.time.Duration;

/** How one command in the sandbox container ended, with its (capped) output and how long it ran. */
public record ContainerRun(Ending ending, String stdout, String stderr, Duration elapsed) {

    /** The ways a run ends. */
    public sealed interface Ending permits Exited, TimedOut, OutOfMemory {}

    /** The command ended by itself (or by a signal other than the sandbox's), with this exit code. */
    public record Exited(int code) implements Ending {}

    /** The sandbox killed the command at its wall-clock limit. */
    public record TimedOut(Duration limit) implements Ending {}

    /** The kernel killed the command at the container's memory limit. */
    public record OutOfMemory(int limitMb) implements Ending {}

    /** True when the command exited by itself with code 0. */
    public boolean succeeded() {
        return ending instanceof Exited exited && exited.code() == 0;
    }
}
