package dev.loopback.grader;

import java.nio.file.Path;

/** Grades two sample submissions in a JVM whose PATH has no bwrap, printing notices and scores (for {@link WithoutBubblewrapTest}). */
public final class WithoutBubblewrap {
    private WithoutBubblewrap() {}

    public static void main(String[] args) {
        Grader grader = new Grader(SampleCourse.workspace(Path.of(args[0])));
        ProgressListener notices = new ProgressListener() {
            @Override public void notice(String message) {
                System.out.println("notice: " + message);
            }
        };
        for (int i = 0; i < 2; i++) {
            GradeResult result = grader.grade("sample", SampleCourse.solution(), GradeOptions.DEFAULT, notices);
            System.out.println("score: " + result.score());
        }
    }
}
