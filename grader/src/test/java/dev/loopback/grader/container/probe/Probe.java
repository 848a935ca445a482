package dev.loopback.grader.container.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A program the proof tests run inside the sandbox container; each mode tries one thing a
 * hostile submission might try and prints what happened. Exit 0: it worked; exit 3: it was refused.
 */
public final class Probe {
    private Probe() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "connect" -> connect(args[1], Integer.parseInt(args[2]));
            case "loopback" -> loopback();
            case "write" -> write(Path.of(args[1]));
            case "allocate" -> allocate(Integer.parseInt(args[1]));
            case "threads" -> threads(Integer.parseInt(args[1]));
            case "spin" -> spin();
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void connect(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 3_000);
            System.out.println("connected to " + host + ":" + port);
        } catch (IOException e) {
            refused(e);
        }
    }

    private static void loopback() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            client.getOutputStream().write(42);
            System.out.println("loopback echo " + accepted.getInputStream().read());
        }
    }

    private static void write(Path path) {
        try {
            Files.writeString(path, "probe");
            System.out.println("wrote " + path);
        } catch (IOException e) {
            refused(e);
        }
    }

    private static void allocate(int megabytes) {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < megabytes; i++) {
            byte[] block = new byte[1024 * 1024];
            for (int j = 0; j < block.length; j += 4096) {
                block[j] = 1;
            }
            held.add(block);
        }
        System.out.println("allocated " + held.size() + " MB");
    }

    private static void threads(int wanted) {
        CountDownLatch release = new CountDownLatch(1);
        int started = 0;
        try {
            for (; started < wanted; started++) {
                Thread thread = new Thread(() -> awaitQuietly(release));
                thread.setDaemon(true);
                thread.start();
            }
        } catch (OutOfMemoryError e) {
            System.out.println("refused: " + e.getMessage());
        }
        release.countDown();
        System.out.println("started " + started + " threads");
    }

    private static void spin() {
        long counter = 0;
        while (counter >= 0) {
            counter++;
        }
        System.out.println(counter);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void refused(Exception e) {
        System.out.println("refused: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        System.exit(3);
    }
}
