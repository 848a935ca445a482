package dev.loopback.runner.course;

/** A lesson's quick check or drill: an id, a title, a Markdown file under {@code course/}, minutes. */
public record Activity(String id, String title, String file, Integer minutes) {}
