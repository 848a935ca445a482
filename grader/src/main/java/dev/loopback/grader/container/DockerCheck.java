package dev.loopback.grader.container;

import com.github.dockerjava.api.exception.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** Checks, before any container starts, that Docker answers, Ryuk is off and the image is present. */
public final class DockerCheck {
    /** What a developer sees when Docker is not reachable. */
    public static final String NEEDS_DOCKER = "needs Docker: start it with .ci/docker-up";

    private DockerCheck() {}

    /** Returns normally when {@code image} can be started here; otherwise throws with what to do. */
    public static void requireReady(String image) {
        if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            throw new ContainerUnavailableException("set TESTCONTAINERS_RYUK_DISABLED=true: the container sandbox "
                    + "never pulls images, including Testcontainers' Ryuk (containers are removed by the grader itself)");
        }
        if (Files.exists(Path.of("/.dockerenv")) && System.getenv("TESTCONTAINERS_HOST_OVERRIDE") == null) {
            throw new ContainerUnavailableException("set TESTCONTAINERS_HOST_OVERRIDE=localhost: this machine is itself "
                    + "a container, and Testcontainers would otherwise look for a Docker bridge network");
        }
        if (!available()) {
            throw new ContainerUnavailableException(NEEDS_DOCKER);
        }
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
        } catch (NotFoundException e) {
            throw new ContainerUnavailableException("needs the image " + image + " on the Docker host: build it with "
                    + "grader/container/build-image.sh, or set LOOPBACK_SANDBOX_IMAGE to an image with Java 17 or newer", e);
        }
    }

    private static boolean available() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
