package dev.loopback.runner.web;

import static dev.loopback.runner.web.Html.esc;

import dev.loopback.runner.course.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A lesson as HTML: a table of contents from its headings, then the lesson, every heading a section link. */
final class LessonPage {
    private LessonPage() {}

    static String render(Lesson lesson, Path file, boolean read) throws IOException {
        Markdown.Rendered rendered = Markdown.render(Files.readString(file));
        StringBuilder toc = new StringBuilder("<nav class=\"toc\" aria-label=\"Sections\"><h2>Sections</h2><ol>");
        for (Markdown.Heading2 heading : rendered.headings()) {
            if (heading.level() >= 2 && heading.level() <= 3) {
                toc.append("<li class=\"level-").append(heading.level()).append("\"><a href=\"#").append(esc(heading.anchor()))
                        .append("\">").append(esc(heading.title())).append("</a></li>");
            }
        }
        toc.append("</ol></nav>");
        String mark = read ? "<p class=\"dim\">You have read this lesson.</p>"
                : "<form method=\"post\" action=\"/lessons/" + esc(lesson.number()) + "/read\"><button type=\"submit\">"
                        + "Mark as read</button></form>";
        return Html.page(lesson.label(), "<div class=\"lesson-layout\">" + toc + "<article class=\"lesson\" data-lesson=\"" + esc(lesson.number()) + "\">"
                + rendered.html() + mark + "</article></div>");
    }
}
