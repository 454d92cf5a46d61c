package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.TcpProxy;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server as shipped, its PostgreSQL behind a TCP proxy that the test cuts
 * (as a stopped server or a partition would): every request that needs the
 * database answers 503 DATABASE_UNAVAILABLE with {@code Retry-After} within
 * the pool's connection timeout (3 s) instead of hanging for 30 s and
 * answering 500; {@code /health} reports the database DOWN within its own
 * timeout (2 s); nothing is half-written; once the line is back, service
 * resumes without a restart.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageOverHttpTest implements TestPropertyProvider {

    /** The connection timeout (3 s) and the time to answer, on a busy machine. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(6);
    /** The health check's timeout (2 s) and the time to answer. */
    private static final Duration HEALTH_FAST = Duration.ofSeconds(4);

    private final String database = TestPostgres.freshDatabase();
    private final TcpProxy line = open(database);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "datasources.default.url", TestPostgres.throughPort(database, line.port()),
                // a cached read would not show whether the database was asked
                "conveyor.cache", "none",
                // /health is for staff: the administrator's session marker, read before the cut, must stay
                // known through the outage (a marker that must be read answers 503 like any other read)
                "conveyor.security.session-cache-ttl", "1h");
    }

    @AfterAll
    void closeLine() {
        line.close();
    }

    @Test
    void requestsAnswer503FastWhileTheDatabaseIsUnreachableAndServiceResumesWhenItIsBack() {
        Api api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        Session seller = shop.user("SELLER");
        Session customer = shop.customer();
        UUID product = shop.product(seller, 100);
        UUID order = shop.order(customer, product);
        Session admin = shop.admin();
        api.get("/health").as(admin).send().expect(200);

        line.cut();

        for (int i = 0; i < 3; i++) {
            unavailable(within(FAIL_FAST, () -> api.get("/api/orders/" + order).as(customer).send()));
            unavailable(within(FAIL_FAST, () -> api.post("/api/orders").as(customer)
                    .header("Idempotency-Key", "outage-" + UUID.randomUUID())
                    .json(HttpShop.orderBody(product, 1)).send()));
            unavailable(within(FAIL_FAST, () -> api.get("/api/products?category=tests").send()));
            unavailable(within(FAIL_FAST, () -> shop.logIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD)));
        }
        Reply health = within(HEALTH_FAST, () -> api.get("/health").as(admin).send()).expect(503);
        assertEquals("DOWN", health.text("status"));
        assertEquals("DOWN", health.text("details.jdbc.status"));

        line.restore();

        awaitTrue(() -> api.get("/api/orders/" + order).as(customer).send().status() == 200,
                "orders are served again without a restart");
        assertEquals("UP", api.get("/health").as(admin).send().expect(200).text("details.jdbc.status"));
        shop.order(customer, product);
        assertEquals(2, api.get("/api/orders").as(customer).send().expect(200).number("total"),
                "the order refused during the outage was not half-written");
        assertEquals(2, shop.productView(product).number("stock.reserved"));
    }

    private static void unavailable(Reply reply) {
        reply.expectProblem(503, "DATABASE_UNAVAILABLE");
        assertEquals("5", reply.header("Retry-After"), () -> "Retry-After of " + reply);
    }

    private static Reply within(Duration bound, Supplier<Reply> request) {
        long started = System.nanoTime();
        Reply reply = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(bound) < 0, () -> "took " + took + ": " + reply);
        return reply;
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            assertTrue(System.nanoTime() - deadline < 0, what + " within 30 s");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static TcpProxy open(String database) {
        try {
            return new TcpProxy(TestPostgres.port(database));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
