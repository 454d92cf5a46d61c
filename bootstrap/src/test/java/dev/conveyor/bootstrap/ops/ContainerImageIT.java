package dev.conveyor.bootstrap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conveyor.testsupport.TestPostgres;
import dev.conveyor.testsupport.TestRedis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image as a user gets it, built after {@code package} from the repository's Dockerfile on the
 * base image {@code ops/image/build-base.sh} makes (kept between runs), and started by podman with the
 * environment and memory limit of compose.yaml's app service, its database and Redis swapped for this machine's:
 * health check, non-root user, heap from the memory limit, an admin, a customer and a placed order, then
 * {@code podman stop} ends it gracefully: its live WebSocket is closed with 1012 and its event stream ends with
 * a server-restart event. ops/haproxy.cfg is checked by HAProxy itself.
 *
 * <p>Skipped only where podman is missing and {@code CONVEYOR_TEST_IMAGE} is not {@code required} (.ci/run
 * sets it, so CI cannot skip it).
 */
class ContainerImageIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String BASE_IMAGE = "localhost/conveyor-base:bookworm-jre17";
    private static final String ADMIN_EMAIL = "admin@conveyor.local";
    private static final String ADMIN_PASSWORD = "image-test-admin-password";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern HEAP_MAX = Pattern.compile("^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    @Test
    void theImageWithTheComposeSettingsTakesAnOrderAndStopsGracefully() throws Exception {
        assumeTrue(Podman.installed() || Podman.required(),
                "podman is not installed (" + Podman.REQUIRED_VARIABLE + "=required turns this into a failure)");
        assertTrue(Podman.installed(), Podman.REQUIRED_VARIABLE + "=required, but podman is not installed: .ci/run installs it");
        Podman podman = Podman.in(folder);
        ensureBaseImage(podman);

        ComposeFile compose = ComposeFile.read(ROOT.resolve("compose.yaml"));
        Map<String, String> variables = Map.of("CONVEYOR_JWT_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID(),
                "CONVEYOR_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Map<String, String> environment = compose.environment("app1", variables);
        assertEquals(environment, compose.environment("app2", variables), "both instances run with the same settings");
        assertEquals(ADMIN_EMAIL, environment.get("CONVEYOR_ADMIN_EMAIL"));
        int port = ServerProcess.freePort();
        String database = TestPostgres.freshDatabase();
        for (String name : List.of("DATASOURCES_DEFAULT_URL", "DATASOURCES_DEFAULT_USERNAME", "DATASOURCES_DEFAULT_PASSWORD",
                "REDIS_URI", "PORT")) {
            assertTrue(environment.containsKey(name), "compose.yaml sets " + name + " (replaced here by this machine's)");
        }
        environment.put("DATASOURCES_DEFAULT_URL", database);
        environment.put("DATASOURCES_DEFAULT_USERNAME", parameter(database, "user"));
        environment.put("DATASOURCES_DEFAULT_PASSWORD", parameter(database, "password"));
        environment.put("REDIS_URI", TestRedis.uri());
        environment.put("CONVEYOR_REDIS_KEY_PREFIX", TestRedis.uniquePrefix());
        environment.put("PORT", String.valueOf(port));
        String memory = compose.memoryLimit("app1");

        String image = "localhost/conveyor-image-test:" + UUID.randomUUID().toString().substring(0, 8);
        String container = image.substring(image.lastIndexOf('/') + 1).replace(':', '-');
        try {
            podman.expect(Duration.ofMinutes(5), "build", "--quiet", "--format", "docker", "--network=host",
                    "--build-arg", "BASE_IMAGE=" + BASE_IMAGE, "--build-arg", "JAR=bootstrap/target/" + jar().getFileName(),
                    "-t", image, ROOT.toString());
            List<String> run = new ArrayList<>(List.of("run", "-d", "--name", container, "--network=host",
                    "--memory", memory, "--health-interval=disable"));
            environment.forEach((name, value) -> run.addAll(List.of("-e", name + "=" + value)));
            run.add(image);
            podman.expect(Duration.ofMinutes(1), run.toArray(String[]::new));
            String base = "http://127.0.0.1:" + port;
            awaitLive(podman, container, base);

            assertEquals(0, podman.run(Duration.ofSeconds(30), "healthcheck", "run", container).exitCode(),
                    "the image's HEALTHCHECK passes");
            assertNotEquals("0", podman.expect(Duration.ofSeconds(30), "exec", container, "id", "-u"), "not root");

            String admin = token(base, ADMIN_EMAIL, ADMIN_PASSWORD);
            double heap = heapMax(base, admin);
            double limit = 768.0 * 1024 * 1024;
            assertEquals("768m", memory, "the limit the heap is checked against");
            assertTrue(heap > 0.6 * limit && heap <= 0.75 * limit, "the heap follows the container's limit: " + heap);

            String run1 = UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> product = post(base + "/api/products", admin, null, """
                    {"sku":"image-%s","name":"Blue mug","category":"kitchen","price":{"amountMinor":1299,"currency":"EUR"},
                     "initialStock":20,"lowStockThreshold":5}""".formatted(run1));
            assertEquals(201, product.statusCode(), product.body());
            String email = "image-" + run1 + "@example.com";
            HttpResponse<String> signup = post(base + "/api/auth/signup", null, null,
                    "{\"email\":\"" + email + "\",\"password\":\"analytical-engine\",\"name\":\"Ada\"}");
            assertEquals(201, signup.statusCode(), signup.body());
            String customer = token(base, email, "analytical-engine");
            HttpResponse<String> order = post(base + "/api/orders", customer, run1, """
                    {"lines":[{"productId":"%s","quantity":2}],
                     "shippingAddress":{"name":"Ada","line1":"1 Engine St","city":"London","postalCode":"N1","country":"GB"}}"""
                    .formatted(id(product.body())));
            assertEquals(201, order.statusCode(), order.body());
            HttpResponse<String> read = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/orders/" + id(order.body())))
                    .header("Authorization", "Bearer " + customer).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode(), read.body());

            CompletableFuture<Integer> socketClosed = new CompletableFuture<>();
            CLIENT.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws?access_token=" + customer),
                    new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                            socketClosed.complete(code);
                            return null;
                        }

                        @Override
                        public void onError(WebSocket socket, Throwable error) {
                            socketClosed.complete(-1);
                        }
                    }).get(30, TimeUnit.SECONDS);
            List<String> streamed = new CopyOnWriteArrayList<>();
            CompletableFuture<HttpResponse<Stream<String>>> stream = CLIENT.sendAsync(HttpRequest.newBuilder(
                    URI.create(base + "/api/events/stream")).header("Authorization", "Bearer " + customer).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> stream.join().body().forEach(streamed::add));
            reader.start();
            Instant opened = Instant.now().plusSeconds(30);
            while (streamed.stream().noneMatch(line -> line.contains("subscribed")) && Instant.now().isBefore(opened)) {
                Thread.sleep(50);
            }

            Instant stopping = Instant.now();
            podman.expect(Duration.ofMinutes(1), "stop", "-t", "40", container);
            Duration stop = Duration.between(stopping, Instant.now());
            String logs = podman.expect(Duration.ofSeconds(30), "logs", container);
            // 143 = 128 + SIGTERM: the JVM's exit after its shutdown hooks ran, as for any Java service; a SIGKILL after
            // the stop timeout would be 137
            assertEquals("143", podman.expect(Duration.ofSeconds(30), "inspect", "--format", "{{.State.ExitCode}}", container),
                    logs);
            assertTrue(stop.compareTo(Duration.ofSeconds(30)) < 0, "stopped within the grace period: " + stop);
            List<String> lines = logs.lines().toList();
            String last = String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
            assertTrue(last.contains("Conveyor stopping") && last.contains("Conveyor stopped"), "its last lines:\n" + last);
            assertTrue(logs.lines().noneMatch(line -> line.contains("\"level\":\"ERROR\"")), logs);
            assertEquals(1012, socketClosed.get(30, TimeUnit.SECONDS), "the live WebSocket is told: service restart");
            reader.join(Duration.ofSeconds(30).toMillis());
            assertTrue(streamed.stream().anyMatch(line -> line.contains("\"code\":\"server-restart\"")),
                    "the event stream ends with server-restart: " + streamed);
        } finally {
            podman.run(Duration.ofMinutes(1), "rm", "-f", "-t", "0", container);
            podman.run(Duration.ofMinutes(1), "rmi", "-f", image);
        }
    }

    @Test
    void theBalancerConfigurationIsValid() throws Exception {
        assumeTrue(Podman.installed() || Podman.required(), "the image tools are not installed");
        Podman.Result check = Podman.in(folder).command(Duration.ofMinutes(1), ROOT,
                List.of("haproxy", "-c", "-f", "ops/haproxy.cfg"));
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("Configuration file is valid"), check.output());
    }

    private static void ensureBaseImage(Podman podman) {
        if (podman.run(Duration.ofSeconds(30), "image", "exists", BASE_IMAGE).exitCode() == 0) {
            return;
        }
        Podman.Result made = podman.command(Duration.ofMinutes(20), ROOT, List.of("bash", "ops/image/build-base.sh", BASE_IMAGE));
        assertEquals(0, made.exitCode(), "ops/image/build-base.sh:\n" + made.output());
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("bootstrap/target"))) {
            return files.filter(file -> file.getFileName().toString().matches("conveyor-bootstrap-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no application jar: the test runs after package"));
        }
    }

    private static void awaitLive(Podman podman, String container, String base) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            String running = podman.expect(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Running}}", container);
            if (!"true".equals(running)) {
                throw new AssertionError("the container ended:\n" + podman.run(Duration.ofSeconds(30), "logs", container).output());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no /healthz within 3 minutes:\n" + podman.run(Duration.ofSeconds(30), "logs", container).output());
    }

    private static String token(String base, String email, String password) throws Exception {
        HttpResponse<String> login = post(base + "/api/auth/login", null, null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        Matcher token = TOKEN.matcher(login.body());
        assertTrue(token.find(), login.body());
        return token.group(1);
    }

    /** The heap's maximum as the server's own metrics report it, summed over its memory pools. */
    private static double heapMax(String base, String staffToken) throws Exception {
        HttpResponse<String> metrics = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/prometheus"))
                .header("Authorization", "Bearer " + staffToken).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), metrics.body());
        return metrics.body().lines().map(HEAP_MAX::matcher).filter(Matcher::matches)
                .mapToDouble(line -> Double.parseDouble(line.group(1))).filter(value -> value > 0).sum();
    }

    private static HttpResponse<String> post(String url, String token, String idempotencyKey, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id(String json) {
        Matcher id = ID.matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }

    /** A query parameter of a JDBC URL, empty when absent. */
    private static String parameter(String url, String name) {
        int query = url.indexOf('?');
        Map<String, String> parameters = new HashMap<>();
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return parameters.getOrDefault(name, "");
    }
}
