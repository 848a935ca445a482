package dev.loopback.runner.web;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.net.URI;

/** Opens the served address in the learner's browser where this machine has a desktop; never fails the command. */
final class Browser {
    private Browser() {}

    static void open(URI uri, PrintWriter err) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return;
            }
        } catch (Exception | LinkageError e) {
            // fall through to the message
        }
        err.println("No browser could be opened from here: open the address above yourself.");
        err.flush();
    }
}
