package dev.loopback.runner.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonSnippetsTest {
    static final String LESSON = """
            # Lesson

            ```java
            int notRunnable = 1;
            ```

            ```jshell
            double perCallSeconds = 0.150;
            1000 * perCallSeconds
            ```

            > [!DO] Size it
            >
            > ```jshell
            > Math.ceil(2000 * 0.050)
            > ```

            ```diagram
            client ---SYN---> server
            ```

            ```jshell
            Integer.parseInt("fifty")
            ```
            """;

    @Test
    void onlyJshellBlocksCountNumberedInDocumentOrderEvenInsideCallouts() {
        assertEquals(List.of("double perCallSeconds = 0.150;\n1000 * perCallSeconds\n",
                "Math.ceil(2000 * 0.050)\n", "Integer.parseInt(\"fifty\")\n"), LessonSnippets.of(LESSON));
    }

    @Test
    void aLessonWithoutSnippetsHasNone() {
        assertEquals(List.of(), LessonSnippets.of("# Nothing to run\n\n```java\nint x;\n```\n"));
    }
}
