package dev.loopback.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FittedWriterTest {
    private final StringWriter text = new StringWriter();

    private Console console(int width, boolean colour) {
        return new Console(new PrintWriter(text, true), new PrintWriter(new StringWriter(), true),
                prompt -> java.util.Optional.empty(), Palette.of(colour), width, false);
    }

    @Test
    void aLongLineBreaksAtSpacesAndAListItemContinuesUnderItsText() {
        Console console = console(30, false);
        console.out().println("Lesson 05 - Network sockets is marked read. Next: quiz 05");
        console.out().println("  - Setup timing (0/30): the clock stops too early");

        assertEquals("""
                Lesson 05 - Network sockets is
                marked read. Next: quiz 05
                  - Setup timing (0/30): the
                    clock stops too early
                """, text.toString());
    }

    @Test
    void colourCodesTakeNoRoomAndAWordWiderThanTheLineIsCut() {
        Console console = console(20, true);
        console.out().println(console.palette().ok("passing") + " 1234567890 x");
        console.out().println("/a/very/long/path/that/cannot/break");

        assertEquals("\u001b[32mpassing\u001b[0m 1234567890 x\n/a/very/long/path/th\nat/cannot/break\n", text.toString());
    }

    @Test
    void aFlushedPromptStaysAsItIsAndTheRestOfItsLineFitsAfterIt() {
        Console console = console(20, false);
        console.out().print("Your answer: ");
        console.out().flush();
        assertEquals("Your answer: ", text.toString());

        console.out().println("B because it is");
        assertEquals("Your answer: B\nbecause it is\n", text.toString());
    }

    @Test
    void verbatimTextAndAResizedConsoleAreNotFittedTwice() {
        Console narrow = console(20, false);
        narrow.verbatim("{\"feedback\": \"a long JSON string that must stay on one line\"}\n");
        Console wide = narrow.withWidth(60);
        wide.out().println("one line of forty-five characters, no break");

        assertEquals("{\"feedback\": \"a long JSON string that must stay on one line\"}\n"
                + "one line of forty-five characters, no break\n", text.toString());
    }
}
