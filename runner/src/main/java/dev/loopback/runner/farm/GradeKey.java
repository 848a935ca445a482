package dev.loopback.runner.farm;

/**
 * What a grade is of: a class, a learner, an exercise, the hash of the learner's sources and the hash of the
 * exercise's hidden tests and rubric. The gradebook stores one result per key, however often it is delivered.
 */
record GradeKey(String classId, String learner, String exercise, String sourcesHash, String testsHash) {

    GradeKey {
        classId = checkName("class", classId);
        learner = checkName("learner", learner);
        if (exercise == null || !exercise.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("the exercise id '" + printable(exercise) + "' is not an exercise id");
        }
        checkHash("sources", sourcesHash);
        checkHash("tests", testsHash);
    }

    /** {@code learner/exercise}, as log lines name it. */
    String label() {
        return learner + "/" + exercise;
    }

    /** The key as one message id: learner and exercise with the first 12 characters of each hash. */
    String id() {
        return classId + "/" + learner + "/" + exercise + "@" + sourcesHash.substring(0, 12) + "." + testsHash.substring(0, 12);
    }

    /** A class or learner name: a folder name of at most 200 characters, no path separators, not hidden. */
    private static String checkName(String what, String name) {
        if (name == null || name.isEmpty() || name.length() > 200 || name.startsWith(".") || name.contains("/")
                || name.contains("\\") || name.codePoints().anyMatch(Printable::unsafe)) {
            throw new IllegalArgumentException("the " + what + " name '" + printable(name)
                    + "' is not a folder name (at most 200 characters, no '/', '\\', control, format or line-separator characters, not starting with '.')");
        }
        return name;
    }

    private static void checkHash(String what, String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the " + what + " hash is not a SHA-256 in hex");
        }
    }

    private static String printable(String text) {
        return Printable.of(text, 60);
    }
}
