package dev.conveyor.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server tests run against: {@code CONVEYOR_TEST_POSTGRES_URL}
 * (a JDBC URL with credentials, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), else a
 * Testcontainers container when Docker runs, else a failure saying how to
 * provide one. Each caller gets a fresh, empty database of its own, so test
 * classes and repeated runs never see each other's rows.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "CONVEYOR_TEST_POSTGRES_URL";

    private static String serverUrl;
    private static final java.util.List<String> CREATED = new java.util.ArrayList<>();

    private TestPostgres() {
    }

    /** A JDBC URL (credentials included) of a new empty database. */
    public static synchronized String freshDatabase() {
        String server = serverUrl();
        String name = "conveyor_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated, "drop-test-databases"));
            }
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + redact(server) + ": "
                    + e.getMessage(), e);
        }
        return withDatabase(server, name);
    }

    /** The server's maintenance URL (the database named in the variable). */
    public static synchronized String serverUrl() {
        if (serverUrl == null) {
            serverUrl = locate();
        }
        return serverUrl;
    }

    private static String locate() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty(URL_VARIABLE);
        }
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        if (Containers.dockerAvailable()) {
            return Containers.startPostgres();
        }
        throw new IllegalStateException("""
                No PostgreSQL server for the tests. Either export %s with a JDBC URL including credentials,
                e.g. export %s='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres'
                (the user must be allowed to CREATE DATABASE), or run Docker so that Testcontainers can start one.
                .ci/run shows the complete set-up."""
                .formatted(URL_VARIABLE, URL_VARIABLE));
    }

    /** Test databases are throw-away: drop them when the test JVM ends (connections still open are cut). */
    private static synchronized void dropCreated() {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + CREATED + ": " + e.getMessage());
        }
    }

    /** The port a database URL of {@link #freshDatabase()} names, to put a {@link TcpProxy} in front of it. */
    public static int port(String databaseUrl) {
        int port = java.net.URI.create(databaseUrl.substring("jdbc:".length())).getPort();
        return port < 0 ? 5432 : port;
    }

    /** The same database reached on another port of this machine (a {@link TcpProxy}'s). */
    public static String throughPort(String databaseUrl, int port) {
        java.net.URI uri = java.net.URI.create(databaseUrl.substring("jdbc:".length()));
        String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return "jdbc:postgresql://127.0.0.1:" + port + rest;
    }

    static String withDatabase(String serverUrl, String database) {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            return base + "/" + database + params;
        }
        return base.substring(0, slash + 1) + database + params;
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
