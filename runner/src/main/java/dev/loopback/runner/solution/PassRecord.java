package dev.loopback.runner.solution;

import dev.loopback.runner.command.Session;

/** Whether the learner's code for an exercise has ever passed, per the grader's submission history. */
@FunctionalInterface
interface PassRecord {

    boolean passed(Session session, String exerciseId);
}
