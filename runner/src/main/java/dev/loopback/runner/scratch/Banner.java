package dev.loopback.runner.scratch;

import dev.loopback.runner.output.Console;
import dev.loopback.runner.render.TextWrap;
import dev.loopback.runner.workbench.ExerciseSummary;
import java.io.PrintWriter;

/** The scratchpad's greeting: what is loaded, three expressions to start with, and the way out. */
final class Banner {
    private Banner() {}

    static void print(ExerciseSummary exercise, boolean withClasses, Console console) {
        PrintWriter err = console.err();
        err.println(console.palette().heading("Scratchpad: " + exercise.title()));
        if (withClasses) {
            TextWrap.wrap("Your classes from package " + exercise.packageName()
                    + " are loaded and imported, with java.time, java.net and java.util.", console.width())
                    .forEach(err::println);
            if (!exercise.tryExpressions().isEmpty()) {
                err.println("Try:");
                exercise.tryExpressions().forEach(expression -> err.println("  " + console.palette().code(expression)));
            }
        } else {
            err.println("Plain Java only: java.time, java.net and java.util are imported.");
        }
        TextWrap.wrap("Tab completes names, Up recalls earlier snippets, an open brace waits for more lines. "
                + "/exit goes back to the course.", console.width()).forEach(err::println);
        err.flush();
    }
}
