package dev.loopback.grader.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which image the container sandbox starts. */
class SandboxImageTest {

    @AfterEach
    void clear() {
        System.clearProperty(SandboxImage.PROPERTY);
    }

    @Test
    void theSystemPropertyChoosesTheImage() {
        System.setProperty(SandboxImage.PROPERTY, "eclipse-temurin:17-jre");

        assertEquals("eclipse-temurin:17-jre", SandboxImage.configured());
    }

    @Test
    void theDefaultIsTheTagTheBuildScriptBuilds() throws Exception {
        String script = Files.readString(Path.of("container", "build-image.sh"));
        String tag = SandboxImage.DEFAULT.substring(SandboxImage.DEFAULT.indexOf(':') + 1);

        assertTrue(SandboxImage.DEFAULT.startsWith("loopback-sandbox:"));
        assertTrue(script.contains("\nDEFAULT_TAG=" + tag + "\n"), "build-image.sh builds another tag than " + SandboxImage.DEFAULT);
    }
}
