package dev.loopback.runner.shell;

import dev.loopback.runner.output.Console;
import dev.loopback.runner.output.Pager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Terminal;

/** JLine's {@code less} for text taller than the terminal; shorter text, or any failure, prints plainly. */
final class LessPager implements Pager {
    private final Terminal terminal;

    LessPager(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void show(String text, Console console) {
        long lines = text.lines().count();
        boolean utf8 = Charset.defaultCharset().equals(StandardCharsets.UTF_8);
        if (terminal.getHeight() <= 2 || lines < terminal.getHeight() - 1 || !utf8) {
            Pager.NONE.show(text, console);
            return;
        }
        try {
            Less less = new Less(terminal, Path.of("").toAbsolutePath());
            less.run(new Source.InputStreamSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true,
                    "space: next page  b: back  /: search  q: back to the course"));
        } catch (IOException | RuntimeException e) {
            Pager.NONE.show(text, console);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
