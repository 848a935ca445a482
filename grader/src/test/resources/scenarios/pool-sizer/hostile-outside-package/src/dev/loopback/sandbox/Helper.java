package dev.loopback.sandbox;

/** Sits in the agent's package, hoping for its package-private members. */
public final class Helper {
    private Helper() {
    }

    public static void help() {
    }
}
