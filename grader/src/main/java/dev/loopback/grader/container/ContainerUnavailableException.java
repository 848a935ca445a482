package dev.loopback.grader.container;

/** Docker or the sandbox image is not there; the message says what to start or build. */
public final class ContainerUnavailableException extends RuntimeException {
    ContainerUnavailableException(String message) {
        super(message);
    }

    ContainerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
