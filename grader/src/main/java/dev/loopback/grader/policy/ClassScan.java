package dev.loopback.grader.policy;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Reads one class file with ASM (nothing is loaded or run) into a {@link ScannedClass}. */
final class ClassScan extends ClassVisitor {
    private static final int API = Opcodes.ASM9;
    /** Bootstraps javac emits for lambdas, string concatenation, records and pattern switches. */
    private static final List<String> TRUSTED_BOOTSTRAPS = List.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods", "java/lang/runtime/SwitchBootstraps");

    private final List<Reference> references = new ArrayList<>();
    private final List<String> nativeMethods = new ArrayList<>();
    private String name;
    private String superName;
    private List<String> interfaces = List.of();
    private String sourceFile;

    private ClassScan() {
        super(API);
    }

    static ScannedClass scan(byte[] classFile) {
        ClassScan scan = new ClassScan();
        new ClassReader(classFile).accept(scan, ClassReader.SKIP_FRAMES);
        return new ScannedClass(scan.name, scan.superName, scan.interfaces, scan.sourceFile,
                List.copyOf(scan.nativeMethods), List.copyOf(scan.references));
    }

    static boolean trustedBootstrap(String owner) {
        return TRUSTED_BOOTSTRAPS.contains(owner);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.name = name;
        this.superName = superName;
        this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
    }

    @Override
    public void visitSource(String source, String debug) {
        this.sourceFile = source;
    }

    @Override
    public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
        if ((access & Opcodes.ACC_NATIVE) != 0) {
            nativeMethods.add(method);
        }
        return new MethodVisitor(API) {
            private int line;

            @Override
            public void visitLineNumber(int number, Label start) {
                line = number;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String member, String desc, boolean isInterface) {
                references.add(Reference.member(owner, member, desc, line));
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String member, String desc) {
                references.add(Reference.member(owner, member, desc, line));
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                references.add(Reference.type(type, line));
            }

            @Override
            public void visitMultiANewArrayInsn(String desc, int dimensions) {
                references.add(Reference.type(desc, line));
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) {
                    references.add(Reference.type(type, line));
                }
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof Type type && type.getSort() == Type.METHOD) {
                    references.add(Reference.type("java/lang/invoke/MethodType", line));
                } else if (value instanceof Type type) {
                    references.add(Reference.type(type.getSort() == Type.ARRAY ? type.getDescriptor() : type.getInternalName(), line));
                } else if (value instanceof Handle handle) {
                    references.add(new Reference(handle.getOwner(), handle.getName(), handle.getDesc(), line, true));
                } else if (value instanceof ConstantDynamic dynamic) {
                    bootstrap(dynamic.getBootstrapMethod(), line);
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String member, String desc, Handle bootstrap, Object... arguments) {
                bootstrap(bootstrap, line);
                for (Object argument : arguments) {
                    if (argument instanceof Handle handle) {
                        references.add(Reference.member(handle.getOwner(), handle.getName(), handle.getDesc(), line));
                    }
                }
            }
        };
    }

    private void bootstrap(Handle handle, int line) {
        references.add(new Reference(handle.getOwner(), handle.getName(), handle.getDesc(), line, true));
    }
}
