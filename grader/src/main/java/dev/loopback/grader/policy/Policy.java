package dev.loopback.grader.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one exercise's graded code may do: the packages its classes live in (and their sub-packages),
 * and the categories its {@code exercise.json} allows; every other {@link Category} is denied.
 */
public record Policy(List<String> packages, Set<Category> allowed) {

    public Policy {
        packages = List.copyOf(packages);
        allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
    }

    /** The policy for an exercise in {@code packageName} that allows the categories named in {@code allow}. */
    public static Policy of(String packageName, List<String> allow) {
        EnumSet<Category> allowed = EnumSet.noneOf(Category.class);
        for (String id : allow) {
            Category category = Category.byId(id).filter(Category::allowable).orElseThrow(() ->
                    new IllegalArgumentException("\"" + id + "\" is not a category an exercise can allow; use one of "
                            + allowableIds()));
            allowed.add(category);
        }
        return new Policy(packageName == null ? List.of() : List.of(packageName), allowed);
    }

    /** The category ids an exercise's {@code allow} list may name. */
    public static List<String> allowableIds() {
        return EnumSet.allOf(Category.class).stream().filter(Category::allowable).map(Category::id).toList();
    }

    boolean denies(Category category) {
        return !allowed.contains(category);
    }

    /** Whether the class {@code internalName} ({@code poolsizer/PoolSizer}) lies in one of the exercise's packages. */
    boolean inExercise(String internalName) {
        int slash = internalName.lastIndexOf('/');
        String pkg = slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
        return packages.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }
}
