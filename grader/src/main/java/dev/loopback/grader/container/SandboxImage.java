package dev.loopback.grader.container;

import java.util.Optional;

/** The container image the hidden tests run in: {@code -Dloopback.sandbox.image}, else {@code LOOPBACK_SANDBOX_IMAGE}, else the locally built default. */
public final class SandboxImage {
    /** The tag grader/container/build-image.sh builds by default. */
    public static final String DEFAULT = "loopback-sandbox:0.1.0";
    static final String PROPERTY = "loopback.sandbox.image";
    static final String ENVIRONMENT = "LOOPBACK_SANDBOX_IMAGE";

    private SandboxImage() {}

    /** The configured image name. */
    public static String configured() {
        return nonBlank(System.getProperty(PROPERTY))
                .or(() -> nonBlank(System.getenv(ENVIRONMENT)))
                .orElse(DEFAULT);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
