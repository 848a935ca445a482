package dev.loopback.runner.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.grader.Workspace;
import dev.loopback.runner.output.Palette;
import dev.loopback.runner.render.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "[run N]" in the rendered lesson and {@code run 05 N} name the same snippet. */
class RunNumberingTest {

    @Test
    void theRenderersRunLabelsAndRunCommandNumbersAgreeOnLesson05() throws Exception {
        Workspace workspace = Workspace.find(Path.of("")).orElseThrow();
        String lesson = Files.readString(workspace.course().resolve("lessons/05-network-sockets.md"));
        List<String> rendered = new MarkdownRenderer(Palette.of(false), 100).render(lesson).lines().toList();
        List<String> labelled = new ArrayList<>();
        for (int i = 0; i < rendered.size(); i++) {
            if (rendered.get(i).strip().startsWith("[run " + (labelled.size() + 1) + "]")) {
                labelled.add(rendered.get(i + 1).replaceFirst("^\\s*│ ", ""));
            }
        }
        List<String> firstLines = LessonSnippets.of(lesson).stream().map(s -> s.lines().findFirst().orElse("")).toList();
        assertEquals(firstLines, labelled);
    }
}
