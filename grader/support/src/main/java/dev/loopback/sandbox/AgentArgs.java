package dev.loopback.sandbox;

import java.nio.file.Path;

/** What the runner tells the agent on its command line. */
record AgentArgs(Path results, int perTestSeconds, int maxThreads) {

    static AgentArgs parse(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Agent <results> <perTestSeconds> <maxThreads>");
        }
        return new AgentArgs(Agent.path(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }
}
