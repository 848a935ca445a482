package dev.loopback.grader.api;

import java.lang.reflect.Modifier;

/** How types are named in learner-facing messages. */
final class Types {
    private Types() {}

    static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** {@code PoolSizer} or {@code PoolSizer.Plan} for a nested type. */
    static String display(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** Parameter and return types as the stub spells them, without packages. */
    static String simple(Class<?> type) {
        if (type.isArray()) {
            return simple(type.getComponentType()) + "[]";
        }
        return display(type);
    }

    static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "an annotation";
        }
        if (type.isInterface()) {
            return "an interface";
        }
        if (type.isEnum()) {
            return "an enum";
        }
        return type.isRecord() ? "a record" : "a class";
    }
}
