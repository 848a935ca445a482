package dev.loopback.runner.guide;

import dev.loopback.runner.course.Course;
import dev.loopback.runner.course.ExerciseRef;
import dev.loopback.runner.course.Lesson;
import dev.loopback.runner.progress.Progress;

/** What the learner should do next: the first unread lesson, then its quick check, drill and exercises. */
public record NextStep(String command, String why) {

    /** The next step in course order, or a closing suggestion once everything is done. */
    public static NextStep of(Course course, Progress progress, Scores scores) {
        for (Lesson lesson : course.lessons()) {
            if (!progress.isRead(lesson.number())) {
                return new NextStep("open " + lesson.number(), "read " + lesson.label() + " (" + lesson.minutes() + " min)");
            }
            if (lesson.quickCheck() != null && progress.quiz(lesson.quickCheck().id()).isEmpty()) {
                return new NextStep("quiz " + lesson.quickCheck().id(), "check what stuck from Lesson " + lesson.number()
                        + " (" + lesson.quickCheck().minutes() + " min)");
            }
            if (lesson.drill() != null && progress.drill(lesson.drill().id()).isEmpty()) {
                return new NextStep("drill " + lesson.drill().id(), lesson.drill().title() + " (" + lesson.drill().minutes()
                        + " min)");
            }
            for (ExerciseRef exercise : lesson.exercises()) {
                if (!scores.passed(exercise.id())) {
                    return new NextStep("open " + exercise.id(), "read the task of exercise " + exercise.id() + " ("
                            + exercise.minutes() + " min), edit exercises/" + exercise.id() + "/, then: submit "
                            + exercise.id());
                }
            }
        }
        return new NextStep("outline", "you have done everything in this course; revisit a lesson or raise a score");
    }
}
