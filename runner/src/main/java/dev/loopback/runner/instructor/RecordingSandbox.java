package dev.loopback.runner.instructor;

import dev.loopback.grader.exercise.Limits;
import dev.loopback.grader.sandbox.RunInput;
import dev.loopback.grader.sandbox.SandboxRequest;
import dev.loopback.grader.sandbox.SandboxRun;
import dev.loopback.grader.sandbox.SandboxRunner;
import dev.loopback.sandbox.Agent;
import java.util.Optional;

/**
 * Passes test runs on to a sandbox and remembers, for the submission being graded on the calling thread (grading runs
 * a submission's sandboxes on its own thread, wherever they were started: a sandbox may have been started ahead), how
 * its last run ended, how many of its runs ended because a test passed its per-test timeout, and the limits of its first
 * run (the exercise's own; a continuing sandbox gets what is left of the wall clock).
 */
final class RecordingSandbox implements SandboxRunner {
    private final SandboxRunner sandbox;
    private final ThreadLocal<Record> current = new ThreadLocal<>();

    /** What the runs of one submission did. */
    static final class Record {
        private SandboxRun ended;
        private int testTimeouts;
        private Limits limits;

        Optional<SandboxRun> ended() {
            return Optional.ofNullable(ended);
        }

        /** How many runs ended because a test passed its per-test timeout (the grader went on in a fresh sandbox). */
        int testTimeouts() {
            return testTimeouts;
        }

        Optional<Limits> limits() {
            return Optional.ofNullable(limits);
        }
    }

    RecordingSandbox(SandboxRunner sandbox) {
        this.sandbox = sandbox;
    }

    /** Starts recording the runs of the submission this thread grades next. */
    Record begin() {
        Record record = new Record();
        current.set(record);
        return record;
    }

    /** Stops recording on this thread. */
    void end() {
        current.remove();
    }

    @Override
    public Started start(SandboxRequest request) {
        Started started = sandbox.start(request);
        return new Started() {
            @Override
            public SandboxRun run(RunInput input) {
                SandboxRun run = started.run(input);
                Record record = current.get();
                if (record != null) {
                    if (record.limits == null) {
                        record.limits = request.limits();
                    }
                    if (run instanceof SandboxRun.Crashed crashed && crashed.exitStatus() == Agent.TEST_TIMED_OUT) {
                        record.testTimeouts++;
                    }
                    record.ended = run;
                }
                return run;
            }

            @Override
            public void cancel() {
                started.cancel();
            }

            @Override
            public boolean ready() {
                return started.ready();
            }
        };
    }
}
