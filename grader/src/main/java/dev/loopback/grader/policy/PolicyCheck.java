package dev.loopback.grader.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.Type;

/**
 * Checks the learner's compiled classes against the exercise's {@link Policy} before any of them runs:
 * every class in the exercise's packages and none named like a hidden test, and no use of a type or
 * member a denied {@link Category} names, directly, through a subclass, a method reference or a
 * descriptor. Reads class files only; nothing is loaded from the learner's folder.
 */
public final class PolicyCheck {
    /** At most this many violations are reported; the rest are counted. */
    static final int REPORTED = 20;
    private static final List<String> JDK_PACKAGES = List.of("java/", "javax/", "org/w3c/", "org/xml/", "org/ietf/");

    private final Policy policy;
    private final Set<String> hiddenTests;
    private final Map<String, ScannedClass> learner = new LinkedHashMap<>();
    private final Map<String, Violation> found = new LinkedHashMap<>();

    private PolicyCheck(Policy policy, Set<String> hiddenTests) {
        this.policy = policy;
        this.hiddenTests = hiddenTests;
    }

    /**
     * Every violation in the class files under {@code classes}, in file order; {@code hiddenTests} are
     * the binary names ({@code poolsizer.LittlesLawTest}) of the hidden test classes. Empty when the code may run.
     */
    public static List<Violation> check(Path classes, Policy policy, Set<String> hiddenTests) {
        PolicyCheck check = new PolicyCheck(policy, hiddenTests);
        for (Path file : classFiles(classes)) {
            ScannedClass scanned = ClassScan.scan(read(file));
            check.learner.put(scanned.name(), scanned);
        }
        check.learner.values().forEach(check::checkClass);
        return List.copyOf(check.found.values());
    }

    /** The binary names of the classes under {@code classes} (hidden tests, for instance). */
    public static Set<String> classNames(Path classes) {
        Set<String> names = new LinkedHashSet<>();
        for (Path file : classFiles(classes)) {
            String relative = classes.relativize(file).toString().replace('\\', '/');
            names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
        }
        return names;
    }

    private void checkClass(ScannedClass c) {
        String binary = c.name().replace('/', '.');
        if (!policy.inExercise(c.name())) {
            add(c, 0, binary, "class " + binary + " is outside the exercise's package: graded code lives only in "
                    + String.join(", ", policy.packages()) + " (or a package inside it). Move the class there.");
            return;
        }
        String outer = binary.contains("$") ? binary.substring(0, binary.indexOf('$')) : binary;
        if (hiddenTests.contains(outer) || hiddenTests.contains(binary)) {
            add(c, 0, binary, "class " + binary + " has the name of one of the hidden tests: the grader's tests "
                    + "cannot be replaced. Rename your class.");
            return;
        }
        c.nativeMethods().forEach(m -> violation(c, 0, binary + "." + m + " (native)", Category.NATIVE_CODE));
        typeUse(c, c.superName(), 0);
        c.interfaces().forEach(i -> typeUse(c, i, 0));
        for (Reference r : c.references()) {
            if (r.bootstrap()) {
                bootstrapUse(c, r);
            } else if (r.isMember()) {
                memberUse(c, r);
            } else {
                typeUse(c, r.owner(), r.line());
            }
        }
    }

    private void bootstrapUse(ScannedClass c, Reference r) {
        if (!ClassScan.trustedBootstrap(r.owner())) {
            violation(c, r.line(), "invokedynamic " + Display.type(r.owner()) + "." + r.name(), Category.REFLECTION);
        }
    }

    private void memberUse(ScannedClass c, Reference r) {
        String owner = element(r.owner());
        if (owner == null) {
            return;
        }
        typeUse(c, owner, r.line());
        for (String effective : jdkOwners(owner)) {
            Set<String> supertypes = JdkTypes.withSupertypes(effective);
            for (Category category : Category.values()) {
                if (!policy.denies(category)) {
                    continue;
                }
                for (Rule rule : category.rules()) {
                    if (rule.member() != null && rule.member().equals(r.name()) && supertypes.contains(rule.type())
                            && (rule.descriptorPrefix() == null || r.descriptor().startsWith(rule.descriptorPrefix()))) {
                        violation(c, r.line(), Display.member(effective, r.name(), r.descriptor()), category);
                    }
                }
            }
        }
        if (r.descriptor().startsWith("(")) {
            for (Type argument : Type.getArgumentTypes(r.descriptor())) {
                typeUse(c, argument.getDescriptor(), r.line());
            }
            typeUse(c, Type.getReturnType(r.descriptor()).getDescriptor(), r.line());
        } else {
            typeUse(c, r.descriptor(), r.line());
        }
    }

    /** The JDK classes a member of {@code owner} can come from: itself, or the first JDK supertypes of a learner class. */
    private Set<String> jdkOwners(String owner) {
        Set<String> owners = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(owner));
        Set<String> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            ScannedClass own = learner.get(next);
            if (own == null) {
                owners.add(next);
            } else {
                todo.add(own.superName());
                todo.addAll(own.interfaces());
            }
        }
        return owners;
    }

    private void typeUse(ScannedClass c, String typeOrDescriptor, int line) {
        String type = typeOrDescriptor == null ? null
                : typeOrDescriptor.startsWith("L") && typeOrDescriptor.endsWith(";") || typeOrDescriptor.length() == 1
                        ? element(descriptorToName(typeOrDescriptor)) : element(typeOrDescriptor);
        if (type == null || learner.containsKey(type)) {
            return;
        }
        if (policy.inExercise(type) && !isJdk(type)) {
            return;
        }
        boolean jdk = isJdk(type);
        Set<String> supertypes = jdk ? JdkTypes.withSupertypes(type) : Set.of(type);
        boolean denied = false;
        for (Category category : Category.values()) {
            for (Rule rule : category.rules()) {
                boolean hit = rule.member() == null
                        && (rule.isPackage() ? rule.deniesType(type) : supertypes.contains(rule.type()));
                if (hit) {
                    denied = true;
                    if (policy.denies(category)) {
                        violation(c, line, Display.type(type), category);
                    }
                }
            }
        }
        if (!jdk && !denied) {
            violation(c, line, Display.type(type), Category.OUTSIDE_JDK);
        }
    }

    private static boolean isJdk(String type) {
        return JDK_PACKAGES.stream().anyMatch(type::startsWith);
    }

    private static String descriptorToName(String descriptor) {
        return descriptor.length() == 1 ? null : descriptor.substring(1, descriptor.length() - 1);
    }

    /** The class an internal name or array descriptor is about, or null for primitives. */
    private static String element(String name) {
        if (name == null) {
            return null;
        }
        if (!name.startsWith("[")) {
            return name;
        }
        Type element = Type.getType(name).getElementType();
        return element.getSort() == Type.OBJECT ? element.getInternalName() : null;
    }

    private void violation(ScannedClass c, int line, String api, Category category) {
        add(c, line, api, api + " - " + category.why() + ". " + category.instead() + " (policy: " + category.id() + ")");
    }

    private void add(ScannedClass c, int line, String api, String message) {
        found.putIfAbsent(c.name() + ":" + line + ":" + api, new Violation(c.name().replace('/', '.'),
                c.sourceFile(), line, api, message));
    }

    private static List<Path> classFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
