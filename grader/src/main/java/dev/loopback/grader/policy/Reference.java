package dev.loopback.grader.policy;

/**
 * One use of a type or member found in a class file, at a source line (0 when unknown). For a type
 * use {@code name} and {@code descriptor} are null; {@code bootstrap} marks an invokedynamic bootstrap method.
 */
record Reference(String owner, String name, String descriptor, int line, boolean bootstrap) {

    static Reference type(String owner, int line) {
        return new Reference(owner, null, null, line, false);
    }

    static Reference member(String owner, String name, String descriptor, int line) {
        return new Reference(owner, name, descriptor, line, false);
    }

    boolean isMember() {
        return name != null;
    }
}
