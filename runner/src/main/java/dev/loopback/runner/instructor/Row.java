package dev.loopback.runner.instructor;

/** One line of the class summary: a submission, its grade, and whether this run graded it (or reused the stored grade). */
public record Row(Submission submission, Graded graded, boolean regraded) {

    SubmitJson result() {
        return SubmitJson.parse(graded.json());
    }
}
