package dev.loopback.runner.solution;

import dev.loopback.grader.Grader;
import dev.loopback.runner.command.Session;

/** The grader's submission history: passed once means passed. */
final class GraderPassRecord implements PassRecord {

    @Override
    public boolean passed(Session session, String exerciseId) {
        return new Grader(session.workspace()).history().everPassed(exerciseId);
    }
}
