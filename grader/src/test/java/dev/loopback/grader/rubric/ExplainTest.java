package dev.loopback.grader.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopback.grader.exercise.Limits;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExplainTest {
    private final Limits limits = new Limits(60, 10, 256, 512, 256);
    private final LessonLink lesson = new LessonLink("05", Set.of("Too many open files"));

    @Test
    void anAssertionKeepsTheTestsLearnerFacingMessageAndTidiesExpectedAndActual() {
        assertEquals("2,000 req/s x 50 ms should keep 100 connections busy. Expected 100, got 99.",
                Explain.failure("org.opentest4j.AssertionFailedError",
                        "2,000 req/s x 50 ms should keep 100 connections busy ==> expected: <100> but was: <99>",
                        null, null, limits, lesson));
    }

    @Test
    void aJUnitTimeoutNamesTheLimitAndTheLikelyCauses() {
        String text = Explain.failure("java.util.concurrent.TimeoutException", "inFlight() timed out after 10 seconds",
                null, null, limits, lesson);

        assertTrue(text.startsWith("Did not finish within 10 s"), text);
        assertTrue(text.contains("blocking socket call without a timeout"), text);
    }

    @Test
    void anUnexpectedExceptionFromLearnerCodeIsNamedWithItsMessage() {
        assertEquals("Your code threw UnsupportedOperationException: TODO. Check how your code handles this input.",
                Explain.failure("java.lang.UnsupportedOperationException", "TODO", null, null, limits, lesson));
    }

    @Test
    void runningOutOfDescriptorsPointsAtTheLesson() {
        String text = Explain.failure("java.io.UncheckedIOException", "java.net.SocketException: Too many open files",
                "java.net.SocketException", "Too many open files", limits, lesson);

        assertTrue(text.contains("file descriptors (the limit is 512)"), text);
        assertTrue(text.contains("See Lesson 05 - Too many open files"), text);
    }

    @Test
    void theLessonPointerIsTheExercisesOwnLessonAndNamesAHeadingOnlyWhenThatLessonHasIt() {
        String text = Explain.failure("java.io.UncheckedIOException", "java.net.SocketException: Too many open files",
                "java.net.SocketException", "Too many open files", limits, new LessonLink("06", Set.of("Retries")));

        assertTrue(text.endsWith("(try-with-resources). See Lesson 06."), text);
        assertFalse(text.contains("Lesson 05"), text);
    }

    @Test
    void anUnexpectedExceptionTypeInAssertThrowsIsSaidPlainly() {
        assertEquals("inFlight with -1 req/s should throw IllegalArgumentException. It threw UnsupportedOperationException instead.",
                Explain.failure("org.opentest4j.AssertionFailedError", "inFlight with -1 req/s should throw "
                        + "IllegalArgumentException. ==> Unexpected exception type thrown, expected: "
                        + "<java.lang.IllegalArgumentException> but was: <java.lang.UnsupportedOperationException>",
                        null, null, limits, lesson));
        assertEquals("Negative rates are rejected. Nothing was thrown.",
                Explain.failure("org.opentest4j.AssertionFailedError", "Negative rates are rejected. ==> Expected "
                        + "java.lang.IllegalArgumentException to be thrown, but nothing was thrown.", null, null, limits, lesson));
    }

    @Test
    void theDetailGoesBeforeTheTestsLessonPointer() {
        assertEquals("1.1 req/s x 50 s is exactly 55 connections. Expected 55, got 56. See Lesson 05 - Pool sizing via Little's Law.",
                Explain.failure("org.opentest4j.AssertionFailedError", "1.1 req/s x 50 s is exactly 55 connections. See Lesson 05 - "
                        + "Pool sizing via Little's Law. ==> expected: <55> but was: <56>", null, null, limits, lesson));
    }

    @Test
    void aClosingPointerToTheCriterionsOwnSectionIsLeftToTheReport() {
        assertEquals("The idle socket stayed open for 30 s.",
                Explain.besidePointer("The idle socket stayed open for 30 s. See Lesson 05 - Keep-alive timeouts.",
                        "Keep-alive timeouts"));
    }

    @Test
    void aPointerToAnotherSectionStays() {
        String message = "500 sockets stayed open. See Lesson 05 - Too many open files.";

        assertEquals(message, Explain.besidePointer(message, "Keep-alive timeouts"));
    }
}
