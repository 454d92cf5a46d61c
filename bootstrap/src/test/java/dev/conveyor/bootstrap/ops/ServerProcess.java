package dev.conveyor.bootstrap.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The server as an operator starts it: {@code Application.main} in a JVM of its own, configured by
 * environment variables only, its console output collected line by line.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ServerProcess(Process process) {
        this.process = process;
        reader = new Thread(this::collect, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the server in {@code workingDirectory} with the given variables (and no inherited Conveyor setting). */
    static ServerProcess start(Path workingDirectory, Map<String, String> variables) {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.conveyor.bootstrap.Application");
        builder.directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CONVEYOR_") || name.startsWith("DATASOURCES_")
                || name.startsWith("MICRONAUT_") || name.startsWith("LOG_") || name.equals("PORT") || name.startsWith("REDIS_"));
        builder.environment().putAll(variables);
        try {
            return new ServerProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Waits for the process to end by itself and answers its exit code. */
    int exitCode(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + within + ":\n" + String.join("\n", output()));
        }
        // the reader ends at the end of the output: then every line is in
        reader.join(Duration.ofSeconds(10).toMillis());
        return process.exitValue();
    }

    /** The first line matching, waiting for it while the process runs. */
    String awaitLine(Predicate<String> matching, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            for (String line : output()) {
                if (matching.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                reader.join(Duration.ofSeconds(10).toMillis());
                return output().stream().filter(matching).findFirst().orElseThrow(() ->
                        new AssertionError("ended without the line expected:\n" + String.join("\n", output())));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line expected within " + within + ":\n" + String.join("\n", output()));
    }

    List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM, as an orchestrator stops a container; answers the exit code. */
    int stop(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not stop within " + within + ":\n" + String.join("\n", output()));
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
