package dev.loopback.grader.policy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.objectweb.asm.Type;

/** Types and members as a learner writes them: {@code Runtime.halt(int)}, {@code new PrintStream(String)}, {@code java.nio.file.Files}. */
final class Display {
    private Display() {}

    static String type(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }

    static String member(String owner, String name, String descriptor) {
        String simple = simple(owner);
        if (!descriptor.startsWith("(")) {
            return simple + "." + name;
        }
        String parameters = Arrays.stream(Type.getArgumentTypes(descriptor)).map(t -> simple(t.getClassName().replace('.', '/')))
                .collect(Collectors.joining(", "));
        return name.equals("<init>") ? "new " + simple + "(" + parameters + ")" : simple + "." + name + "(" + parameters + ")";
    }

    private static String simple(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        return name.replace('$', '.');
    }
}
