package dev.loopback.runner.quiz;

/** One answer to choose from, with why it is right or wrong. */
public record Option(String text, boolean correct, String why) {}
