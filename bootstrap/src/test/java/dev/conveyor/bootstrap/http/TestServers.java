package dev.conveyor.bootstrap.http;

import dev.conveyor.testsupport.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Configuration for the servers these tests start: the application as
 * shipped (application.yml), with a database of its own, a fixed JWT secret
 * so tests can sign tokens, the first administrator, a free port, and room
 * for the many signups of one test run.
 */
final class TestServers {

    static final String JWT_SECRET = "http-tests-secret-that-is-at-least-32-characters";
    static final String ADMIN_EMAIL = "first-admin@conveyor.test";
    static final String ADMIN_PASSWORD = "first admin password";

    private TestServers() {
    }

    /**
     * application.yml binds the API and the management endpoints to
     * {@code PORT} (8080 by default); both must move to the same free port, or
     * the server would also bind 8080, which other servers on this machine use.
     */
    private static Map<String, String> common() {
        String port = String.valueOf(freePort());
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", port);
        properties.put("endpoints.all.port", port);
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", JWT_SECRET);
        properties.put("conveyor.admin.email", ADMIN_EMAIL);
        properties.put("conveyor.admin.password", ADMIN_PASSWORD);
        // the tests sign up hundreds of users from 127.0.0.1, far more than one address may (RateLimitsOverHttpTest)
        properties.put("conveyor.rate-limits.signup.capacity", "1000000");
        // uploaded pictures go to a directory of this server's own under target/, never into ./data
        properties.put("conveyor.media.directory", "./target/media-" + UUID.randomUUID());
        return properties;
    }

    /** The embedded default (an H2 file database), in a fresh file under target/. */
    static Map<String, String> h2() {
        Map<String, String> properties = common();
        properties.put("datasources.default.url", "jdbc:h2:file:./target/h2-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        return properties;
    }

    /** A fresh database on the test PostgreSQL server; the credentials are in the URL. */
    static Map<String, String> postgres() {
        Map<String, String> properties = common();
        properties.put("datasources.default.url", TestPostgres.freshDatabase());
        properties.put("datasources.default.username", "");
        properties.put("datasources.default.password", "");
        return properties;
    }

    /** The same settings (database included) for a second server on a free port of its own. */
    static Map<String, String> onAnotherPort(Map<String, String> properties) {
        String port = String.valueOf(freePort());
        return with(properties, "micronaut.server.port", port, "endpoints.all.port", port);
    }

    static Map<String, String> with(Map<String, String> properties, String... keysAndValues) {
        Map<String, String> result = new HashMap<>(properties);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            result.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return result;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
