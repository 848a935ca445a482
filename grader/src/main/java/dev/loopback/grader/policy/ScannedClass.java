package dev.loopback.grader.policy;

import java.util.List;

/**
 * What the policy needs of one learner class file: its name and supertypes, the source file it was
 * compiled from, the native methods it declares, and every type and member it uses.
 */
record ScannedClass(String name, String superName, List<String> interfaces, String sourceFile,
        List<String> nativeMethods, List<Reference> references) {}
