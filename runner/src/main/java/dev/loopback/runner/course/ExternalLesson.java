package dev.loopback.runner.course;

/** A prerequisite lesson this course does not ship, with a note on where to learn it instead. */
public record ExternalLesson(String number, String title, String note) {}
