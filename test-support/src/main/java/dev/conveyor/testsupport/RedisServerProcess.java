package dev.conveyor.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

/**
 * A private redis-server on a free loopback port, for fault tests that stop and
 * restart Redis: they must never touch the shared server other tests use.
 */
public final class RedisServerProcess implements AutoCloseable {

    private final int port;
    private final File workDir;
    private Process process;

    private RedisServerProcess(int port, File workDir) {
        this.port = port;
        this.workDir = workDir;
    }

    public static RedisServerProcess start() {
        try {
            RedisServerProcess server = new RedisServerProcess(freePort(),
                    Files.createTempDirectory("conveyor-redis").toFile());
            server.startProcess();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server (is it installed?): " + e.getMessage(), e);
        }
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts again on the same port, empty. */
    public void restart() {
        stop();
        try {
            startProcess();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void startProcess() throws IOException {
        process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", workDir.getAbsolutePath())
                .redirectErrorStream(true)
                .redirectOutput(new File(workDir, "redis.log"))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
