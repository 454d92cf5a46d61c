package dev.conveyor.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * The Redis server tests run against: {@code CONVEYOR_TEST_REDIS_URI} (e.g.
 * {@code redis://127.0.0.1:6379}), else a Testcontainers container when Docker
 * runs, else a failure saying how to provide one. Tests share the server, so
 * they use key prefixes of their own (see {@link #uniquePrefix()}).
 */
public final class TestRedis {

    public static final String URI_VARIABLE = "CONVEYOR_TEST_REDIS_URI";

    private static String uri;

    private TestRedis() {
    }

    public static synchronized String uri() {
        if (uri == null) {
            uri = locate();
        }
        return uri;
    }

    /** A key prefix no other test run uses. */
    public static String uniquePrefix() {
        return "test:" + java.util.UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    private static String locate() {
        String configured = System.getenv(URI_VARIABLE);
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty(URI_VARIABLE);
        }
        if (configured != null && !configured.isBlank()) {
            requireReachable(configured.strip());
            return configured.strip();
        }
        if (Containers.dockerAvailable()) {
            return Containers.startRedis();
        }
        throw new IllegalStateException("""
                No Redis server for the tests. Either export %s, e.g. export %s='redis://127.0.0.1:6379',
                or run Docker so that Testcontainers can start one. .ci/run shows the complete set-up."""
                .formatted(URI_VARIABLE, URI_VARIABLE));
    }

    private static void requireReachable(String redisUri) {
        URI parsed = URI.create(redisUri);
        int port = parsed.getPort() < 0 ? 6379 : parsed.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(parsed.getHost(), port), 2000);
        } catch (IOException e) {
            throw new IllegalStateException(URI_VARIABLE + "=" + redisUri + " is not reachable: " + e.getMessage(), e);
        }
    }
}
