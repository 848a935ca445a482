package dev.loopback.grader.policy;

import static dev.loopback.grader.policy.Rule.member;
import static dev.loopback.grader.policy.Rule.overload;
import static dev.loopback.grader.policy.Rule.type;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What graded code may not do unless its exercise allows it, each with the reason a learner reads.
 * The rules name JDK types and members by their JVM internal names.
 */
public enum Category {
    PROCESSES("processes", "graded code may not start or end processes: a started program could outlive the grader "
            + "and rewrite your result, and Runtime.halt cuts the grader off mid-report",
            "Return a value or throw an exception; never start or stop programs from library code.",
            List.of(type("java/lang/ProcessBuilder"), type("java/lang/Process"), type("java/lang/ProcessHandle"),
                    member("java/lang/Runtime", "exec"), member("java/lang/Runtime", "halt"))),
    REFLECTION("reflection", "graded code may not inspect or call other classes by reflection or method handles: "
            + "that is how code reaches into the tests and the grader",
            "Call your own methods directly.",
            List.of(type("java/lang/reflect/"), type("java/lang/invoke/"), type("java/beans/"), type("java/lang/Module"),
                    type("java/lang/ModuleLayer"), type("java/io/ObjectInputStream"),
                    // XSLT: a stylesheet's extension functions (xalan/java namespaces) call any Java method by name.
                    type("javax/xml/transform/"),
                    member("java/lang/Class", "forName"), member("java/lang/Class", "newInstance"),
                    member("java/lang/Class", "getDeclaredMethod"), member("java/lang/Class", "getDeclaredMethods"),
                    member("java/lang/Class", "getDeclaredField"), member("java/lang/Class", "getDeclaredFields"),
                    member("java/lang/Class", "getDeclaredConstructor"), member("java/lang/Class", "getDeclaredConstructors"),
                    member("java/lang/Class", "getDeclaredClasses"), member("java/lang/Class", "getMethod"),
                    member("java/lang/Class", "getMethods"), member("java/lang/Class", "getField"),
                    member("java/lang/Class", "getFields"), member("java/lang/Class", "getConstructor"),
                    member("java/lang/Class", "getConstructors"), member("java/lang/Class", "getClasses"),
                    member("java/lang/Class", "getModule"), member("java/lang/Class", "getProtectionDomain"),
                    member("java/lang/Class", "getRecordComponents"), member("java/lang/Class", "getEnclosingMethod"),
                    member("java/lang/Class", "getEnclosingConstructor"), member("java/lang/Class", "getNestHost"),
                    member("java/lang/Class", "getNestMembers"), member("java/lang/Class", "getSigners"))),
    UNSAFE("unsafe", "graded code may not use the JDK's internal classes (Unsafe and friends): they read and write "
            + "memory that belongs to the grader",
            "Use the public java.* APIs.",
            List.of(type("sun/"), type("jdk/"), type("com/sun/"))),
    NATIVE_CODE("native-code", "graded code may not load or declare native code: it runs outside every check the JVM makes",
            "Write it in Java.",
            List.of(member("java/lang/System", "load"), member("java/lang/System", "loadLibrary"),
                    member("java/lang/Runtime", "load"), member("java/lang/Runtime", "loadLibrary"),
                    type("java/lang/foreign/"))),
    CLASS_LOADING("class-loading", "graded code may not load, define or look up classes and resources itself: "
            + "that is how code swaps in its own copy of the tests or reads them",
            "Use your classes by name in your code.",
            List.of(type("java/lang/ClassLoader"), type("java/lang/instrument/"), type("javax/tools/"),
                    type("java/util/ServiceLoader"), member("java/lang/Class", "getClassLoader"),
                    member("java/lang/Class", "getResource"), member("java/lang/Class", "getResourceAsStream"),
                    member("java/lang/Thread", "getContextClassLoader"), member("java/lang/Thread", "setContextClassLoader"))),
    STACK_WALKING("stack-walking", "graded code may not look at who called it or at other threads' stacks: code that "
            + "behaves differently under test is not what the tests measure",
            "Compute the answer from the arguments alone.",
            List.of(type("java/lang/StackWalker"), type("java/lang/StackTraceElement"), type("java/lang/ThreadGroup"),
                    member("java/lang/Throwable", "getStackTrace"), member("java/lang/Throwable", "setStackTrace"),
                    member("java/lang/Thread", "getStackTrace"), member("java/lang/Thread", "getAllStackTraces"),
                    member("java/lang/Thread", "enumerate"), member("java/lang/Thread", "activeCount"),
                    member("java/lang/Thread", "getThreadGroup"),
                    // The whole stack as text, into a string the caller then reads; printStackTrace() to System.err stays allowed.
                    overload("java/lang/Throwable", "printStackTrace", "(Ljava/io/PrintStream;"),
                    overload("java/lang/Throwable", "printStackTrace", "(Ljava/io/PrintWriter;"))),
    STANDARD_STREAMS("standard-streams", "graded code may not replace or reach around System.out, System.err and "
            + "System.in: the grader reads what your code prints through them",
            "Print with System.out.println; the grader keeps the start of it for you.",
            List.of(member("java/lang/System", "setOut"), member("java/lang/System", "setErr"),
                    member("java/lang/System", "setIn"), member("java/lang/System", "console"),
                    member("java/lang/System", "inheritedChannel"), type("java/io/FileDescriptor"), type("java/io/Console"))),
    FILES("files", "graded code may not read or write files: the grader's results, your progress and the tests "
            + "are files too",
            "Work on the values and streams the tests give you; this exercise needs no files.",
            List.of(type("java/io/File"), type("java/io/FileInputStream"), type("java/io/FileOutputStream"),
                    type("java/io/FileReader"), type("java/io/FileWriter"), type("java/io/RandomAccessFile"),
                    type("java/nio/file/"), type("java/nio/channels/FileChannel"),
                    type("java/nio/channels/AsynchronousFileChannel"), type("java/util/zip/ZipFile"),
                    type("java/util/jar/JarFile"), type("java/util/logging/FileHandler"), type("java/util/prefs/"),
                    // A logging configuration read from a string names handlers (FileHandler) and their paths.
                    member("java/util/logging/LogManager", "readConfiguration"),
                    member("java/util/logging/LogManager", "updateConfiguration"),
                    type("java/net/UnixDomainSocketAddress"), type("java/net/URLConnection"),
                    type("java/net/JarURLConnection"), type("javax/xml/transform/stream/"),
                    // XML parsers open any URI a document names (external entities, XInclude, schemas); DOM LS writes to URIs.
                    type("javax/xml/parsers/"), type("javax/xml/stream/"), type("javax/xml/validation/"),
                    type("org/xml/sax/"), type("org/w3c/dom/ls/"), type("org/w3c/dom/bootstrap/"),
                    // GUI and media toolkits load pages, images and sounds from any URL (JEditorPane.setPage, ImageIO.read).
                    type("javax/swing/"), type("java/awt/"), type("java/applet/"), type("javax/imageio/"),
                    type("javax/sound/"),
                    member("java/net/URL", "openStream"), member("java/net/URL", "openConnection"),
                    member("java/net/URL", "getContent"),
                    overload("java/io/PrintStream", "<init>", "(Ljava/lang/String;"),
                    overload("java/io/PrintWriter", "<init>", "(Ljava/lang/String;"),
                    overload("java/util/Formatter", "<init>", "(Ljava/lang/String;"))),
    SOCKETS("sockets", "this exercise needs no network: graded code may not open sockets of its own",
            "Solve it with the values the tests pass in.",
            List.of(type("java/net/Socket"), type("java/net/ServerSocket"), type("java/net/DatagramSocket"),
                    type("java/net/MulticastSocket"), type("java/net/SocketImpl"), type("java/net/http/"),
                    type("java/net/HttpURLConnection"), type("java/nio/channels/SocketChannel"),
                    type("java/nio/channels/ServerSocketChannel"), type("java/nio/channels/DatagramChannel"),
                    type("java/nio/channels/AsynchronousSocketChannel"),
                    type("java/nio/channels/AsynchronousServerSocketChannel"),
                    type("java/nio/channels/AsynchronousChannelGroup"), type("java/nio/channels/Selector"),
                    type("java/nio/channels/spi/"), type("javax/net/"))),
    MANAGEMENT("management", "graded code may not manage the JVM (management beans, remote objects, security "
            + "managers): they reach the grader's threads and memory",
            "Leave the JVM to the grader.",
            List.of(type("java/lang/management/"), type("javax/management/"), type("java/rmi/"), type("javax/naming/"),
                    type("java/lang/SecurityManager"), member("java/lang/System", "setSecurityManager"))),
    OUTSIDE_JDK("outside-jdk", "graded code may use the JDK and its own package only, never the grader's or the "
            + "tests' classes (JUnit, the sandbox, the fixtures)",
            "Remove the reference, or copy what you need into your own package.",
            List.of());

    private final String id;
    private final String why;
    private final String instead;
    private final List<Rule> rules;

    Category(String id, String why, String instead, List<Rule> rules) {
        this.id = id;
        this.why = why;
        this.instead = instead;
        this.rules = rules;
    }

    /** The name an exercise's {@code allow} list uses. */
    public String id() {
        return id;
    }

    /** Why graded code may not do this, for the learner. */
    public String why() {
        return why;
    }

    /** What to do instead, for the learner. */
    public String instead() {
        return instead;
    }

    List<Rule> rules() {
        return rules;
    }

    /** Whether an exercise may allow this category ({@code outside-jdk} never: the grader's classes stay out of reach). */
    public boolean allowable() {
        return this != OUTSIDE_JDK;
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
