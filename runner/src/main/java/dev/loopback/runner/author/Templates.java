package dev.loopback.runner.author;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a scaffold creates, by path relative to the course home, each in the shape course/AUTHORING.md sets, with
 * a {@value AuthorTodos#MARK} wherever the author has content to write; and the writer that creates them all or none.
 */
final class Templates {
    static final String TODO = AuthorTodos.MARK;
    /** The criterion a new rubric starts with; its hidden test and scenarios carry the same id. */
    static final String CRITERION = "first-criterion";

    private final Map<String, String> files = new LinkedHashMap<>();

    /** The first of these files that already exists under {@code home}, relative to it. */
    Optional<String> existing(Path home) {
        return files.keySet().stream().filter(f -> Files.exists(home.resolve(f))).findFirst();
    }

    /** Creates every file under {@code home}; call {@link #existing} first. */
    List<String> write(Path home) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            AtomicFiles.create(home.resolve(file.getKey()), file.getValue());
        }
        return List.copyOf(files.keySet());
    }

    private Templates add(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** Lesson {@code number}'s page, quick check and drill. */
    static Templates lesson(String number, String slug, String title, String courseTitle, String partTitle) {
        String name = number + "-" + slug + ".md";
        return new Templates()
                .add("course/lessons/" + name, """
                        # %2$s

                        *%3$s · %4$s · Lesson %1$s · 10 min · Difficulty: core*

                        **Prerequisite:** %5$s: the lessons to read first, or say plainly that there are none.

                        %5$s: a short hook, why this topic matters, in two to four sentences.

                        ## By the end you'll be able to

                        - %5$s: five to seven concrete, checkable objectives (compute, read, size, trace, choose)

                        ## %5$s: a teaching section

                        %5$s: teach it. Rubric sections and hints link to H2/H3 headings like this one, word for word.

                        ## Key takeaways

                        1. %5$s: six to eight one-sentence takeaways, numbers included.

                        ## Sources & further reading

                        - %5$s: each source with a one-line reason to read it.

                        ## Practice

                        - `quiz %1$s`, `drill %1$s`.
                        """.formatted(number, title, courseTitle, partTitle, TODO))
                .add("course/checks/" + name, """
                        # Quick check: %2$s

                        %3$s: one line on what these questions check (Lesson %1$s).

                        ## 1. %3$s: the first question?

                        - [x] %3$s: the right answer
                          > why: %3$s: why it is right.
                        - [ ] %3$s: a tempting wrong answer
                          > why: %3$s: the misconception it reveals.

                        %3$s: the idea behind the answer, in a sentence.
                        """.formatted(number, title, TODO))
                .add("course/drills/" + name, """
                        # Drill: %2$s

                        ## Prompt

                        %3$s: a short scenario from Lesson %1$s for the learner to explain in a few sentences.

                        ## Model answer

                        %3$s: the answer you would give, in a short paragraph.

                        ## Rubric

                        ### first-point (1 point)

                        %3$s: what an answer must say to earn this point, and below the words that show it.

                        - any: first-term | second-term
                        """.formatted(number, title, TODO));
    }

    /** Exercise {@code id}'s grader files, learner workspace (with a copy of the stub) and golden scenarios. */
    static Templates exercise(String id, String title, String lesson, String pkg, String type) {
        String dir = pkg.replace('.', '/') + "/" + type + ".java";
        String stub = """
                package %1$s;

                /** %3$s: what the learner builds (Lesson %4$s). */
                public final class %2$s {
                    private %2$s() {}

                    // %3$s: the public API the hidden tests call; each method of the stub throws
                    // UnsupportedOperationException saying what to do, and this copy is what the learner starts from.
                }
                """.formatted(pkg, type, TODO, lesson);
        return new Templates()
                .add("grader/exercises/" + id + "/exercise.json", """
                        {
                          "id": "%1$s",
                          "title": "%2$s",
                          "lesson": "%3$s",
                          "package": "%4$s",
                          "summary": "%5$s: one sentence on what the learner builds",
                          "baseline": 0,
                          "limits": {
                            "wallClockSeconds": 60,
                            "perTestSeconds": 10,
                            "heapMb": 256,
                            "openFiles": 512,
                            "threads": 256
                          },
                          "try": [
                            "%5$s: an expression the scratchpad suggests, e.g. %6$s.someMethod(3)"
                          ]
                        }
                        """.formatted(id, title, lesson, pkg, TODO, type))
                .add("grader/exercises/" + id + "/rubric.json", """
                        {
                          "exercise": "%1$s",
                          "passMark": 100,
                          "criteria": [
                            {
                              "id": "%2$s",
                              "title": "%3$s: what the criterion is about",
                              "points": 100,
                              "checks": "%3$s: what it verifies, in the learner's words",
                              "hints": [
                                "%3$s: a nudge",
                                "%3$s: a concrete hint",
                                "%3$s: a recipe"
                              ],
                              "section": "%3$s: the exact text of an H2/H3 heading of Lesson %4$s",
                              "proportional": false
                            }
                          ]
                        }
                        """.formatted(id, CRITERION, TODO, lesson))
                .add("grader/exercises/" + id + "/hints.md", """
                        # Hints: %1$s

                        ## Hint 1
                        %2$s: an exercise-wide hint that points back at Lesson %3$s - <heading>.
                        """.formatted(title, TODO, lesson))
                .add("grader/exercises/" + id + "/SOLUTION.md", """
                        # Why this shape

                        %1$s: why the reference solution is written the way it is, shown after a pass.
                        """.formatted(TODO))
                .add("grader/exercises/" + id + "/stub/" + dir, stub)
                .add("grader/exercises/" + id + "/solution/" + dir, """
                        package %1$s;

                        /** %3$s: the reference solution; it must score 100 (validate runs it 20 times). */
                        public final class %2$s {
                            private %2$s() {}
                        }
                        """.formatted(pkg, type, TODO))
                .add("grader/exercises/" + id + "/tests/" + pkg.replace('.', '/') + "/" + type + "Test.java", """
                        package %1$s;

                        import static org.junit.jupiter.api.Assertions.fail;

                        import org.junit.jupiter.api.Tag;
                        import org.junit.jupiter.api.Test;

                        /** Hidden tests, compiled against the stub: one criterion tag per test. */
                        @Tag("%3$s")
                        class %2$sTest {
                            @Test
                            void firstCriterion() {
                                fail("%4$s: what happened against what was expected, and the idea behind it");
                            }
                        }
                        """.formatted(pkg, type, CRITERION, TODO))
                .add("exercises/" + id + "/README.md", """
                        # %1$s

                        %2$s: the task, what the learner builds and why, with a pointer to Lesson %3$s.

                        ## 1. %2$s: the first criterion's title, one numbered task per criterion in rubric order

                            mvn -q compile exec:java -Dexec.args="submit %4$s"
                        """.formatted(title, TODO, lesson, id))
                .add("exercises/" + id + "/pom.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <project xmlns="http://maven.apache.org/POM/4.0.0">
                          <modelVersion>4.0.0</modelVersion>
                          <parent>
                            <groupId>dev.loopback.exercises</groupId>
                            <artifactId>loopback-exercises</artifactId>
                            <version>1.0.0-SNAPSHOT</version>
                          </parent>
                          <artifactId>%1$s</artifactId>
                          <name>Exercise: %2$s</name>
                        </project>
                        """.formatted(id, title))
                .add("exercises/" + id + "/src/main/java/" + dir, stub)
                .add("grader/src/test/resources/scenarios/" + id + "/reference/expected.json", """
                        { "sources": "solution", "compiled": true, "passed": true, "score": 100, "criteria": { "%1$s": 100 } }
                        """.formatted(CRITERION))
                .add("grader/src/test/resources/scenarios/" + id + "/stub/expected.json", """
                        { "sources": "stub", "compiled": true, "passed": false, "score": 0, "criteria": { "%1$s": 0 } }
                        """.formatted(CRITERION))
                .add("grader/src/test/resources/scenarios/" + id + "/TODO.md", """
                        # Golden scenarios for %1$s

                        %2$s: add at least three correct-<name>/ and one wrong-<criterion>/ per criterion (src/%3$s/ and
                        expected.json each, see AUTHORING.md); keep reference/ and stub/ in step with rubric.json; then
                        delete this file.
                        """.formatted(id, TODO, pkg.replace('.', '/')));
    }
}
