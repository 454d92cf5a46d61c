package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.bootstrap.ops.StopSignal;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthCheckType;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * What an orchestrator and a load balancer see: {@code /readyz} is not answering while the migrations run
 * and DOWN once the server drains; a server stopped during a placement closes its WebSockets at once with
 * 1012 (service restart), ends its event streams with a server-restart event, finishes the placement (the client gets its 201) and the order is there when a server starts again on the
 * same database.
 */
class OperatorEndpointsOverHttpTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void notReadyWhileTheMigrationsRunThenReady() throws Exception {
        Map<String, String> settings = TestServers.postgres();
        String port = settings.get("micronaut.server.port");
        CompletableFuture<EmbeddedServer> starting;
        try (Connection blocker = DriverManager.getConnection(settings.get("datasources.default.url"))) {
            // the first migration creates the table users: an uncommitted one of that name makes it wait
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("CREATE TABLE users (waiting INT)");
            starting = CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class,
                    new HashMap<String, Object>(settings)));
            CompletableFuture<EmbeddedServer> started = starting;
            awaitTrue(() -> {
                assertFalse(started.isDone(), "started while the migration had to wait");
                return someoneWaitsForALock(settings);
            }, "the migration waits");

            assertThrows(ConnectException.class, () -> status(port, "/readyz"), "no answer: not ready");
            assertFalse(starting.isDone());
            blocker.rollback();
        }
        try (EmbeddedServer server = starting.get(2, TimeUnit.MINUTES)) {
            assertEquals(200, status(port, "/readyz"));
        }
    }

    @Test
    void aServerStoppedDuringAPlacementFinishesItAndIsNotReadyWhileDraining() throws Exception {
        Map<String, String> settings = TestServers.postgres();
        EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(settings));
        Api api = new Api(first.getURL(), first.getApplicationContext().getBean(JsonMapper.class));
        HttpShop shop = new HttpShop(api);
        UUID product = shop.product(shop.user("SELLER"), 10);
        Session customer = shop.customer();
        HealthEndpoint health = first.getApplicationContext().getBean(HealthEndpoint.class);
        assertEquals(HealthStatus.UP, readiness(health));
        LiveClient live = LiveClient.as(first.getURL(), first.getApplicationContext().getBean(JsonMapper.class), customer);
        List<String> streamed = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Void>> stream = CLIENT.sendAsync(HttpRequest.newBuilder(
                        URI.create(first.getURL() + "/api/events/stream")).header("Authorization", "Bearer " + customer.accessToken())
                .build(), HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(streamed)));
        awaitTrue(() -> streamed.stream().anyMatch(line -> line.contains("subscribed")), "the event stream is open");

        CompletableFuture<Reply> placing;
        CompletableFuture<Void> stopping;
        try (Connection blocker = DriverManager.getConnection(settings.get("datasources.default.url"))) {
            // the placement's stock update waits for this row lock: the request is under way when the stop begins
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("SELECT id FROM products WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, product);
                lock.executeQuery().close();
            }
            placing = CompletableFuture.supplyAsync(() -> shop.placeOrder(customer, product, 2));
            awaitTrue(() -> someoneWaitsForALock(settings), "the placement waits for the stock row");

            // as SIGTERM stops the server (StopSignal), which an in-process test cannot send
            stopping = CompletableFuture.runAsync(() -> {
                first.getApplicationContext().getBean(StopSignal.class).beforeStop();
                first.stop();
            });
            awaitTrue(() -> HealthStatus.DOWN.equals(readiness(health)), "readiness turns DOWN while draining");
            assertEquals(1012, live.awaitClosed(), "WebSockets are closed with 1012 service restart: reconnect elsewhere");
            assertEquals(200, stream.get(1, TimeUnit.MINUTES).statusCode());
            assertTrue(streamed.stream().anyMatch(line -> line.startsWith("data:") && line.contains("\"code\":\"server-restart\"")),
                    "the event stream ends with an event saying the server restarts: " + streamed);
            assertFalse(placing.isDone(), "the placement is still under way");
            blocker.rollback();
        }
        UUID order = placing.get(1, TimeUnit.MINUTES).expect(201).id();
        stopping.get(1, TimeUnit.MINUTES);

        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class,
                new HashMap<String, Object>(TestServers.onAnotherPort(settings)))) {
            Api again = new Api(second.getURL(), second.getApplicationContext().getBean(JsonMapper.class));
            assertEquals(2L, again.get("/api/orders/" + order).as(customer).send().expect(200)
                    .number("lines.0.quantity"));
        }
    }

    /** The lines of a server-sent event stream as they come. */
    private record LineCollector(List<String> lines) implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable error) {
            lines.add("failed: " + error);
        }

        @Override
        public void onComplete() {
            lines.add("ended");
        }
    }

    private static HealthStatus readiness(HealthEndpoint health) {
        return Mono.from(health.getHealth(null, HealthCheckType.READINESS)).block(Duration.ofSeconds(10)).getStatus();
    }

    private static int status(String port, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** From a connection of its own: within a transaction, pg_stat_activity stays as it was first read. */
    static boolean someoneWaitsForALock(Map<String, String> settings) {
        try (Connection observer = DriverManager.getConnection(settings.get("datasources.default.url"));
             PreparedStatement query = observer.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what);
            Thread.sleep(100);
        }
    }
}
