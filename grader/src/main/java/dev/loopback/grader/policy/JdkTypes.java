package dev.loopback.grader.policy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The supertypes of a JDK type, found by loading it (never initialising it) from the platform's own
 * class loaders, so a rule on {@code java/lang/Throwable} also catches a call through
 * {@code java/lang/RuntimeException}. Unknown names have no supertypes but themselves.
 */
final class JdkTypes {
    private static final Map<String, Set<String>> SUPERTYPES = new ConcurrentHashMap<>();

    private JdkTypes() {}

    /** {@code internalName} and every class and interface above it. */
    static Set<String> withSupertypes(String internalName) {
        return SUPERTYPES.computeIfAbsent(internalName, JdkTypes::load);
    }

    private static Set<String> load(String internalName) {
        Set<String> names = new LinkedHashSet<>();
        names.add(internalName);
        Class<?> type;
        try {
            type = Class.forName(internalName.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Set.copyOf(names);
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> next = todo.poll();
            names.add(next.getName().replace('.', '/'));
            if (next.getSuperclass() != null) {
                todo.add(next.getSuperclass());
            }
            todo.addAll(java.util.List.of(next.getInterfaces()));
        }
        return Set.copyOf(names);
    }
}
