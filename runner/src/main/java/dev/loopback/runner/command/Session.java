package dev.loopback.runner.command;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.output.Console;

/** Everything a command may use: where the course is and how to talk to the learner. */
public record Session(Workspace workspace, Console console) {}
