package dev.loopback.runner;

/** Starts the course; the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {}

    public static void main(String... args) {
        System.exit(Loopback.standard(System.getenv()).run(args));
    }
}
