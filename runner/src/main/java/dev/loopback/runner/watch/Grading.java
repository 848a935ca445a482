package dev.loopback.runner.watch;

import dev.loopback.runner.workbench.ExerciseFiles;

/** Grades the learner's current code for one exercise (and records the attempt). */
@FunctionalInterface
interface Grading {

    GradeReport grade(ExerciseFiles exercise);
}
