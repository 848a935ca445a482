package dev.loopback.runner.solution;

import dev.loopback.runner.command.Session;

/** The grader's submission history. */
final class GraderPassRecord implements PassRecord {

    @Override
    public boolean passed(Session session, String exerciseId) {
        return false;
    }
}
