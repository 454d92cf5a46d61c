package dev.conveyor.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * A private redis-server on a free loopback port, for fault tests that stop and
 * restart Redis: they must never touch the shared server other tests use.
 */
public final class RedisServerProcess implements AutoCloseable {

    private final int port;
    private final File workDir;
    private ServerProcess process;

    private RedisServerProcess(int port, File workDir) {
        this.port = port;
        this.workDir = workDir;
    }

    public static RedisServerProcess start() {
        try {
            RedisServerProcess server = new RedisServerProcess(ServerProcess.freePort(),
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
            process.stop();
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
        process = ServerProcess.start(List.of("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", workDir.getAbsolutePath()), port,
                new File(workDir, "redis.log").toPath());
    }
}
