package errordoctor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopback.fixture.Loopback;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Failures of this machine, not of the upstream: no descriptor left (EMFILE), a port already taken (EADDRINUSE),
 * a host name that does not resolve. All from real causes: the sandbox's open-file limit is low (exercise.json),
 * and the unresolvable names need no DNS server (an unresolved address, an invalid IPv6 literal).
 */
@Tag("local-errors")
class LocalErrorsTest extends DoctorTest {

    /** More than the sandbox's open-file limit; past it (an IDE run) the kernel's words are used as they are. */
    private static final int MOST_DESCRIPTORS = 4096;
    private static final String TOO_MANY = " See Lesson 05 - Too many open files.";
    private static final String EMFILE = " Every socket and file is a descriptor; at the process's limit socket()"
            + " and open() fail with EMFILE, and the JDK puts \"Too many open files\" somewhere in the message, of"
            + " any IOException (a FileNotFoundException reads \"/path (Too many open files)\")." + TOO_MANY;

    @Test
    void runningOutOfDescriptorsIsTooManyOpenFiles() throws Exception {
        List<IOException> failures = exhaustDescriptors();
        for (IOException failure : failures) {
            assertEquals(Failure.TOO_MANY_OPEN_FILES, diagnose(failure), "diagnose() of what the JDK threw when the"
                    + " process had no descriptor left (" + failure + ") gave " + diagnose(failure) + "." + EMFILE);
        }
    }

    /**
     * Opens socket channels until the kernel refuses one, then a file at the same limit; closes everything
     * before any of the learner's code runs (loading a class needs a descriptor too).
     */
    private static List<IOException> exhaustDescriptors() throws IOException {
        List<Closeable> held = new ArrayList<>();
        List<IOException> failures = new ArrayList<>();
        try {
            while (held.size() < MOST_DESCRIPTORS && failures.isEmpty()) {
                try {
                    held.add(SocketChannel.open());
                } catch (IOException limit) {
                    failures.add(limit);
                }
            }
            if (!failures.isEmpty()) {
                try {
                    held.add(new FileInputStream("/dev/null"));
                } catch (FileNotFoundException limit) {
                    failures.add(limit);
                }
            }
        } finally {
            for (Closeable c : held) {
                c.close();
            }
        }
        if (failures.size() < 2) {
            // A limit above MOST_DESCRIPTORS (outside the sandbox): the same words, as the JDK builds them.
            failures.clear();
            failures.add(new SocketException(fresh("Too many open files")));
            failures.add(new FileNotFoundException(fresh("/dev/null (Too many open files)")));
        }
        return failures;
    }

    @Test
    void aPortAlreadyTakenIsAddressInUse() throws Exception {
        String idea = " bind() fails with EADDRINUSE when another socket holds the address and port: Java throws"
                + " BindException(\"Address already in use\"). It happens on this machine, before any packet leaves."
                + " See Lesson 05 - The server side: socket, bind, listen, accept.";
        try (ServerSocket taken = new ServerSocket(0, 1, Loopback.address())) {
            InetSocketAddress address = new InetSocketAddress(Loopback.address(), taken.getLocalPort());
            Exception bySocket = thrownBy(() -> new ServerSocket(address.getPort(), 1, Loopback.address()).close(),
                    "second bind");
            assertEquals(Failure.ADDRESS_IN_USE, diagnose(bySocket), "diagnose() of what a second ServerSocket threw"
                    + " on port " + address.getPort() + " (" + bySocket + ") gave " + diagnose(bySocket) + "." + idea);
            Exception byChannel = thrownBy(() -> {
                try (ServerSocketChannel channel = ServerSocketChannel.open()) {
                    channel.bind(address);
                }
            }, "second channel bind");
            assertEquals(Failure.ADDRESS_IN_USE, diagnose(byChannel), "diagnose() of what ServerSocketChannel.bind"
                    + " threw on port " + address.getPort() + " (" + byChannel + ") gave " + diagnose(byChannel) + "."
                    + idea);
        }
    }

    @Test
    void unresolvableHostsAreUnknownHost() throws Exception {
        Random random = random("local-errors/unknown-host");
        String host = line(random, "no-such-host-").toLowerCase() + ".invalid";
        String idea = " A name that does not resolve never reaches the network: Java throws UnknownHostException"
                + " (a channel throws the unchecked UnresolvedAddressException), and a probe reports UNKNOWN_HOST"
                + " instead of throwing." + ERRORS;
        InetSocketAddress unresolved = InetSocketAddress.createUnresolved(host, 80);
        Exception byConnect = thrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(unresolved, 2_000);
            }
        }, "connect to an unresolved address");
        assertEquals(Failure.UNKNOWN_HOST, diagnose(byConnect), "diagnose() of what connect() threw for the unresolved"
                + " host " + host + " (" + byConnect + ") gave " + diagnose(byConnect) + ". " + REPLAY + idea);
        Exception byLookup = thrownBy(() -> InetAddress.getByName("[" + host), "lookup of an invalid literal");
        assertEquals(Failure.UNKNOWN_HOST, diagnose(byLookup), "diagnose() of what InetAddress.getByName(\"[" + host
                + "\") threw (" + byLookup + ") gave " + diagnose(byLookup) + ". " + REPLAY + idea);

        for (InetSocketAddress address : List.of(unresolved, new InetSocketAddress("[" + host + "]", 80))) {
            String upstreamWords = "the unresolvable host " + address.getHostString();
            Timed timed = probe(address, "PING", Duration.ofSeconds(2), upstreamWords, idea);
            assertReported(Failure.UNKNOWN_HOST, timed, upstreamWords, REPLAY, idea);
        }
    }
}
