package dev.loopback.grader.policy;

/**
 * One thing a category denies: every use of a type (or of every type in a package, when {@code type}
 * ends in '/'), or, when {@code member} is set, that member of the type or of any subtype. Names are
 * JVM internal names ({@code java/lang/Runtime}); {@code descriptorPrefix}, when set, narrows a member
 * rule to the overloads whose descriptor starts with it (a constructor taking a file name).
 */
record Rule(String type, String member, String descriptorPrefix) {

    static Rule type(String type) {
        return new Rule(type, null, null);
    }

    static Rule member(String type, String member) {
        return new Rule(type, member, null);
    }

    static Rule overload(String type, String member, String descriptorPrefix) {
        return new Rule(type, member, descriptorPrefix);
    }

    boolean isPackage() {
        return type.endsWith("/");
    }

    /** Whether a use of the type {@code name} itself is denied. */
    boolean deniesType(String name) {
        return member == null && (isPackage() ? name.startsWith(type) : name.equals(type));
    }
}
