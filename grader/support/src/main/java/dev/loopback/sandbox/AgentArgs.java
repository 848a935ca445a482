package dev.loopback.sandbox;

import java.nio.file.Path;

/** What the runner tells the agent on its command line. */
record AgentArgs(Path results, Path tests, Path learner, int perTestSeconds, int maxThreads) {

    static AgentArgs parse(String[] args) {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: Agent <results> <tests> <learner> <perTestSeconds> <maxThreads>");
        }
        return new AgentArgs(Agent.path(args[0]), Agent.path(args[1]), Agent.path(args[2]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    }
}
