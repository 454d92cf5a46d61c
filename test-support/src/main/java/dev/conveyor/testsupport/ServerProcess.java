package dev.conveyor.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A server process of a test's own listening on a loopback port: started with its output in a log file, ready
 * once the port accepts connections, stopped by the test.
 */
public final class ServerProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;

    private ServerProcess(Process process) {
        this.process = process;
    }

    /** Starts {@code command} and waits until 127.0.0.1:{@code port} accepts; an early exit fails with the log. */
    public static ServerProcess start(List<String> command, int port, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new ServerProcess(process);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException(command.get(0) + " exited: " + Files.readString(log));
                }
                sleep();
            }
        }
        process.destroy();
        throw new IOException(command + " did not listen on " + port + " within " + START_TIMEOUT);
    }

    /** A port free at the time of asking, for a server to listen on. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Ends the process and waits for it to be gone, so that its port is free again. */
    public void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
