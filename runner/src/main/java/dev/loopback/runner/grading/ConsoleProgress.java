package dev.loopback.runner.grading;

import dev.loopback.grader.ProgressListener;
import dev.loopback.grader.exercise.Criterion;
import dev.loopback.runner.output.Console;

/** Live progress on the error stream: compiling, running, then each criterion as its tests finish. */
final class ConsoleProgress implements ProgressListener {
    private final Console console;

    ConsoleProgress(Console console) {
        this.console = console;
    }

    @Override
    public void compiling(String exercise) {
        console.err().println(console.palette().dim("Compiling " + exercise + "..."));
    }

    @Override
    public void running() {
        console.err().println(console.palette().dim("Running the hidden tests in the sandbox..."));
    }

    @Override
    public synchronized void criterionFinished(Criterion criterion, int passed, int total) {
        String mark = passed == total ? console.palette().ok("PASS") : console.palette().fail("FAIL");
        console.err().println("  " + mark + "  " + criterion.title() + console.palette().dim(" (" + passed + "/" + total + " tests)"));
    }

    @Override
    public void notice(String message) {
        console.err().println(console.palette().warn(message));
    }
}
