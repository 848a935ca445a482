package dev.loopback.sandbox;

import java.nio.file.Path;

/**
 * What the runner tells the agent on its command line; a sandbox started ahead also names the exercise's
 * compiled hidden tests and pristine stub to rehearse on (see {@link Rehearsal}), or null for none.
 */
record AgentArgs(Path results, int perTestSeconds, int maxThreads, Path rehearsalTests, Path rehearsalStub) {

    static AgentArgs parse(String[] args) {
        if (args.length != 3 && args.length != 5) {
            throw new IllegalArgumentException(
                    "usage: Agent <results> <perTestSeconds> <maxThreads> [<rehearsal tests> <rehearsal stub>]");
        }
        return new AgentArgs(Agent.path(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                args.length == 5 ? Agent.path(args[3]) : null, args.length == 5 ? Agent.path(args[4]) : null);
    }

    boolean rehearses() {
        return rehearsalTests != null;
    }
}
