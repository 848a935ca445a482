package dev.loopback.grader.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Compares one stub type's public members with the learner's type of the same name. */
final class Members {
    private static final String KEEP = " - keep the stub's signatures";

    private Members() {}

    static List<String> compare(Class<?> expected, Class<?> actual) {
        List<String> problems = new ArrayList<>();
        String type = Types.display(expected);
        if (!Types.kind(expected).equals(Types.kind(actual))) {
            problems.add(type + " must be " + Types.kind(expected) + ", not " + Types.kind(actual) + KEEP);
        }
        if (!Types.isPublic(actual)) {
            problems.add(type + " must be public" + KEEP);
        }
        for (Method method : sorted(expected.getDeclaredMethods())) {
            if (isApi(method)) {
                problems.addAll(method(type, method, actual));
            }
        }
        for (Constructor<?> constructor : expected.getDeclaredConstructors()) {
            if (Modifier.isPublic(constructor.getModifiers()) && find(actual.getDeclaredConstructors(), constructor).isEmpty()) {
                problems.add("the constructor " + type + signature(constructor) + " is missing" + KEEP);
            }
        }
        for (Field field : expected.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && !field.isSynthetic() && !hasField(actual, field)) {
                problems.add(type + "." + field.getName() + " (" + Types.simple(field.getType()) + ") is missing" + KEEP);
            }
        }
        return problems;
    }

    private static List<String> method(String type, Method method, Class<?> actual) {
        String name = type + "." + method.getName() + signature(method);
        Optional<Method> found = find(actual.getDeclaredMethods(), method).map(Method.class::cast);
        if (found.isEmpty() || !isApi(found.get())) {
            return List.of(name + " is missing" + KEEP);
        }
        List<String> problems = new ArrayList<>();
        if (found.get().getReturnType() != method.getReturnType()
                && !found.get().getReturnType().getName().equals(method.getReturnType().getName())) {
            problems.add(name + " must return " + Types.simple(method.getReturnType()) + ", not "
                    + Types.simple(found.get().getReturnType()) + KEEP);
        }
        if (Modifier.isStatic(method.getModifiers()) != Modifier.isStatic(found.get().getModifiers())) {
            problems.add(name + (Modifier.isStatic(method.getModifiers()) ? " must be static" : " must not be static") + KEEP);
        }
        return problems;
    }

    private static List<Method> sorted(Method[] methods) {
        return Arrays.stream(methods).sorted(java.util.Comparator.comparing(Method::toString)).toList();
    }

    private static boolean isApi(Method method) {
        return Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge();
    }

    private static Optional<Executable> find(Executable[] candidates, Executable wanted) {
        return Arrays.stream(candidates)
                .filter(c -> c.getName().equals(wanted.getName()) && names(c).equals(names(wanted)))
                .filter(c -> Modifier.isPublic(c.getModifiers()))
                .findFirst();
    }

    private static boolean hasField(Class<?> actual, Field wanted) {
        return Arrays.stream(actual.getDeclaredFields()).anyMatch(f -> f.getName().equals(wanted.getName())
                && Modifier.isPublic(f.getModifiers()) && f.getType().getName().equals(wanted.getType().getName()));
    }

    private static List<String> names(Executable executable) {
        return Arrays.stream(executable.getParameterTypes()).map(Class::getName).toList();
    }

    private static String signature(Executable executable) {
        return Arrays.stream(executable.getParameterTypes()).map(Types::simple)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
