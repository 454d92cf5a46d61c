package dev.conveyor.bootstrap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.TestPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the server as an operator does, from a folder of its own: the start line says where it
 * listens in both log formats, and each common start failure ends the process with one line naming
 * the cause and the setting to change (no stack trace).
 */
class StartUpTest {

    private static final Duration START = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    @Test
    void theStartLineSaysWhereTheServerListensAndMicronautServerPortMovesTheWholeApi() throws Exception {
        int port = ServerProcess.freePort();
        try (ServerProcess server = ServerProcess.start(folder, Map.of("MICRONAUT_SERVER_PORT", String.valueOf(port),
                "LOG_FORMAT", "text"))) {
            String line = server.awaitLine(l -> l.contains("listening on"), START);

            assertTrue(Pattern.compile("INFO .* - Conveyor \\d+\\.\\d+\\.\\d+\\S* \\(commit \\S+\\) listening on http://0\\.0\\.0\\.0:"
                    + port + " — database H2 \\./data/conveyor — cache local — mail written to the log, not sent \\("
                    + "CONVEYOR_MAIL_TRANSPORT=smtp sends it\\)$").matcher(line).find(), line);
            assertEquals(200, get(port, "/healthz"));
            assertEquals(200, get(port, "/api/products"));
            assertEquals(0, server.output().stream().filter(l -> l.contains("listening on")).count() - 1,
                    "one start line");
        }
    }

    @Test
    void withoutATerminalTheLogIsJsonLinesAndTheStartLineIsOneOfThem() throws Exception {
        int port = ServerProcess.freePort();
        try (ServerProcess server = ServerProcess.start(folder, Map.of("PORT", String.valueOf(port)))) {
            String line = server.awaitLine(l -> l.contains("listening on"), START);

            assertTrue(line.startsWith("{") && line.endsWith("}"), line);
            assertTrue(line.contains("\"message\":\"Conveyor ") && line.contains("listening on http://0.0.0.0:" + port
                    + " — database H2 ./data/conveyor — cache local — mail written to the log, not sent "
                    + "(CONVEYOR_MAIL_TRANSPORT=smtp sends it)\""), line);
        }
    }

    @Test
    void withTheS3MediaStoreTheStartLineNamesTheBucketAndEndpointWithoutCredentials() throws Exception {
        int port = ServerProcess.freePort();
        // nothing listens there: the store is reached at the first picture, and a fresh shop has none
        try (ServerProcess server = ServerProcess.start(folder, Map.of("PORT", String.valueOf(port), "LOG_FORMAT", "text",
                "CONVEYOR_MEDIA_STORE", "s3", "CONVEYOR_MEDIA_S3_BUCKET", "shop-pictures",
                "CONVEYOR_MEDIA_S3_ENDPOINT", "http://127.0.0.1:1", "CONVEYOR_MEDIA_S3_PATH_STYLE", "true",
                "CONVEYOR_MEDIA_S3_ACCESS_KEY", "minio", "CONVEYOR_MEDIA_S3_SECRET_KEY", "s3cret-key"))) {
            String line = server.awaitLine(l -> l.contains("listening on"), START);

            assertTrue(line.endsWith(" — mail written to the log, not sent (CONVEYOR_MAIL_TRANSPORT=smtp sends it)"
                    + " — pictures in S3 bucket shop-pictures at http://127.0.0.1:1"), line);
            assertTrue(server.output().stream().noneMatch(l -> l.contains("s3cret-key")), "no secret in the log");
        }
    }

    @Test
    void withTheEventBusOnTheStartLineNamesItsServersWithoutCredentials() throws Exception {
        int port = ServerProcess.freePort();
        // nothing listens there: the bus connects at its first event, and a fresh shop has none
        try (ServerProcess server = ServerProcess.start(folder, Map.of("PORT", String.valueOf(port), "LOG_FORMAT", "text",
                "CONVEYOR_EVENTS_BUS", "nats", "CONVEYOR_NATS_URL", "nats://conveyor:s3cret@127.0.0.1:1, nats://127.0.0.2:1"))) {
            String line = server.awaitLine(l -> l.contains("listening on"), START);

            assertTrue(line.endsWith(" — cache local — mail written to the log, not sent (CONVEYOR_MAIL_TRANSPORT=smtp"
                    + " sends it) — events published to NATS nats://127.0.0.1:1,nats://127.0.0.2:1"), line);
            assertTrue(server.output().stream().noneMatch(l -> l.contains("s3cret")), "no password in the log");
        }
    }

    @Test
    void aPortTakenIsOneLineNamingThePortAndTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            String line = failure(Map.of("PORT", String.valueOf(taken.getLocalPort())), "already in use");

            assertEquals("Conveyor cannot start: port " + taken.getLocalPort() + " is already in use by another"
                    + " process; stop that process or choose another port with PORT (or MICRONAUT_SERVER_PORT)", line);
        }
    }

    @Test
    void anH2FileHeldByAnotherProcessIsOneLineNamingTheFileAndTheSetting() throws Exception {
        Files.createDirectories(folder.resolve("data"));
        String url = "jdbc:h2:file:" + folder.resolve("data/conveyor") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection held = DriverManager.getConnection(url, "sa", "")) {
            String line = failure(Map.of("PORT", String.valueOf(ServerProcess.freePort())), "is held by");

            assertEquals("Conveyor cannot start: the database file of H2 ./data/conveyor is held by another process"
                    + " (another Conveyor started from this folder?); stop it or choose another file with"
                    + " DATASOURCES_DEFAULT_URL", line);
        }
    }

    @Test
    void anUnreachableDatabaseIsOneLineNamingTheAddressAndTheSetting() throws Exception {
        int closed = ServerProcess.freePort();
        String line = failure(Map.of("PORT", String.valueOf(ServerProcess.freePort()),
                "DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/conveyor?password=hidden"),
                "unreachable");

        assertTrue(line.startsWith("Conveyor cannot start: database PostgreSQL 127.0.0.1:" + closed
                + "/conveyor is unreachable ("), line);
        assertTrue(line.endsWith("); check that it runs and DATASOURCES_DEFAULT_URL"), line);
        assertTrue(!line.contains("hidden"), "no URL options, which may hold a password: " + line);
    }

    @Test
    void credentialsTheDatabaseRefusesAreOneLineNamingTheUserAndTheSettings() throws Exception {
        String server = TestPostgres.serverUrl().split("\\?", 2)[0];
        String line = failure(Map.of("PORT", String.valueOf(ServerProcess.freePort()),
                "DATASOURCES_DEFAULT_URL", server, "DATASOURCES_DEFAULT_USERNAME", "no_such_conveyor_role",
                "DATASOURCES_DEFAULT_PASSWORD", "wrong"), "refused the credentials");

        assertTrue(line.startsWith("Conveyor cannot start: PostgreSQL ")
                && line.contains(" refused the credentials of user 'no_such_conveyor_role' ("), line);
        assertTrue(line.endsWith("); check DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD"), line);
    }

    @Test
    void aSettingWithABadValueIsOneLineNamingTheVariableAndTheValue() throws Exception {
        String line = failure(Map.of("PORT", String.valueOf(ServerProcess.freePort()),
                "CONVEYOR_ORDERS_CANCELLATION_WINDOW", "soon"), "bad value");

        assertEquals("Conveyor cannot start: setting conveyor.orders.cancellation-window"
                + " (CONVEYOR_ORDERS_CANCELLATION_WINDOW) has a bad value 'soon': expected a duration, like 60s"
                + " (ms, s, m, h or d)", line);
    }

    @Test
    void aPortThatIsNoNumberIsOneLineNamingTheVariable() throws Exception {
        String line = failure(Map.of("PORT", "eighty"), "bad value");

        assertEquals("Conveyor cannot start: setting micronaut.server.port (PORT or MICRONAUT_SERVER_PORT) has a bad value"
                + " 'eighty': expected a whole number, like 8080", line);
    }

    @Test
    void aLogFormatWithABadValueIsOneLineNamingTheSetting() throws Exception {
        String line = failure(Map.of("PORT", String.valueOf(ServerProcess.freePort()), "LOG_FORMAT", "loud"),
                "bad value");

        assertEquals("Conveyor cannot start: setting LOG_FORMAT has a bad value 'LOUD': TEXT or JSON", line);
    }

    @Test
    void theEventBusSwitchedOnWithoutAServerIsOneLineNamingBothSettings() throws Exception {
        String line = failure(Map.of("PORT", String.valueOf(ServerProcess.freePort()), "CONVEYOR_EVENTS_BUS", "nats"),
                "names no server");

        assertEquals("Conveyor cannot start: setting conveyor.events.bus (CONVEYOR_EVENTS_BUS) is nats, but"
                + " conveyor.nats.url (CONVEYOR_NATS_URL) names no server; set it, like nats://127.0.0.1:4222", line);
    }

    @Test
    void theS3MediaStoreWithoutABucketIsOneLineNamingBothSettings() throws Exception {
        String line = failure(Map.of("PORT", String.valueOf(ServerProcess.freePort()), "CONVEYOR_MEDIA_STORE", "s3"),
                "names no bucket");

        assertEquals("Conveyor cannot start: setting conveyor.media.store (CONVEYOR_MEDIA_STORE) is s3, but"
                + " conveyor.media.s3.bucket (CONVEYOR_MEDIA_S3_BUCKET) names no bucket; set it to the bucket the"
                + " pictures go to", line);
    }

    @Test
    void aSwitchSetToNoneOfItsChoicesIsOneLineNamingTheChoices() throws Exception {
        String line = failure(Map.of("PORT", String.valueOf(ServerProcess.freePort()), "CONVEYOR_EVENTS_BUS", "kafka"),
                "bad value");

        assertEquals("Conveyor cannot start: setting conveyor.events.bus (CONVEYOR_EVENTS_BUS) has a bad value"
                + " 'kafka': expected none or nats", line);
    }

    /** Starts a server that must fail; answers its error line, checking it is the only thing said about it. */
    private String failure(Map<String, String> variables, String expected) throws Exception {
        Map<String, String> text = new java.util.HashMap<>(variables);
        text.putIfAbsent("LOG_FORMAT", "TEXT");
        try (ServerProcess server = ServerProcess.start(folder, text)) {
            assertEquals(1, server.exitCode(START), String.join("\n", server.output()));
            String line = server.awaitLine(l -> l.contains("Conveyor cannot start") && l.contains(expected),
                    Duration.ofSeconds(5));
            assertTrue(server.output().stream().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")),
                    "no stack trace:\n" + String.join("\n", server.output()));
            return line.substring(line.indexOf("Conveyor cannot start"));
        }
    }

    private static int get(int port, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
