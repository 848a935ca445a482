package dev.loopback.runner.command;

/** The runner's exit statuses, named. */
public final class ExitCode {
    /** The command did what was asked (an exercise that passes, a lesson that opened). */
    public static final int OK = 0;
    /** The command ran but the result is a failure (an exercise that does not pass yet). */
    public static final int FAILED = 1;
    /** The command line was wrong: unknown command, unknown id, bad option. */
    public static final int USAGE = 2;
    /** Something outside the learner's control broke: an unreadable course, a missing JDK tool. */
    public static final int INTERNAL = 3;

    private ExitCode() {}
}
