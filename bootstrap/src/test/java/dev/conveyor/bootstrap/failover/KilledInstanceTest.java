package dev.conveyor.bootstrap.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase.PlacedOrder;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.testsupport.TcpProxy;
import dev.conveyor.testsupport.TestPostgres;
import dev.conveyor.testsupport.TestRedis;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database, sharing Redis as in production;
 * one of them dies in the middle of its work (its process "killed": the
 * database sees its connections end, and it never acts again). Nothing it held
 * may outlive it: the orders it was confirming are confirmed by the other
 * instance within seconds, exactly once, and a retry of its request in flight
 * succeeds on the other instance at once.
 */
class KilledInstanceTest {

    private static final Duration WINDOW = Duration.ofSeconds(3);
    /** How late a confirmation or a retry may be, where a lease of the dead instance used to cost 30 to 60 s. */
    private static final Duration FEW_SECONDS = Duration.ofSeconds(5);

    private final String database = TestPostgres.freshDatabase();
    private final String redisPrefix = TestRedis.uniquePrefix();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        // proxies first: the killed instance's threads wait on silent sockets until they close
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
    }

    @Test
    void ordersAreConfirmedWithinSecondsOfTheirWindowExactlyOnceWhenAConfirmingInstanceDies() throws Exception {
        TcpProxy linkOfA = proxy();
        ApplicationContext a = instance(TestPostgres.throughPort(database, linkOfA.port()), true);
        ApplicationContext b = instance(database, true);
        Shop shopA = a.getBean(Shop.class);
        Product product = shopA.product(shopA.user(Role.SELLER), 1000);
        List<UUID> orders = place(a, product, 20);
        // a confirmation run that will die holds half of them, claimed in its transaction
        TcpProxy linkOfDyingRun = proxy();
        Connection dyingRun = DriverManager.getConnection(TestPostgres.throughPort(database, linkOfDyingRun.port()));
        closeables.add(dyingRun);
        claim(dyingRun, orders.subList(0, 10));

        linkOfA.killClients();
        List<UUID> placedOnB = place(b, product, 5);

        awaitConfirmed(orders.subList(10, 20));
        awaitConfirmed(placedOnB);
        assertEquals(10, pending(orders.subList(0, 10)), "orders claimed by a live transaction are left to it");
        Instant died = Instant.now();
        linkOfDyingRun.killClients();
        awaitConfirmed(orders.subList(0, 10));

        List<UUID> all = new ArrayList<>(orders);
        all.addAll(placedOnB);
        Map<UUID, Instant> confirmedAt = confirmedAt(all);
        for (UUID order : orders.subList(0, 10)) {
            assertWithinFewSeconds(died, confirmedAt.get(order), "order " + order + " after its claim died");
        }
        for (UUID order : all.subList(10, all.size())) {
            assertWithinFewSeconds(cancellableUntil(order), confirmedAt.get(order), "order " + order
                    + " after its window");
        }
        Map<UUID, Integer> confirmations = confirmationsPerOrder();
        assertEquals(all.size(), confirmations.size());
        confirmations.forEach((order, count) -> assertEquals(1, count, "order " + order + " confirmed " + count
                + " times"));
    }

    @Test
    void aRetryOnAnotherInstanceOfARequestInFlightOnADeadOneSucceedsAtOnce() throws Exception {
        TcpProxy linkOfA = proxy();
        ApplicationContext a = instance(TestPostgres.throughPort(database, linkOfA.port()), false);
        Shop shopA = a.getBean(Shop.class);
        Product product = shopA.product(shopA.user(Role.SELLER), 10);
        Actor customer = shopA.customer();
        IdempotencyKey key = new IdempotencyKey("failover-" + UUID.randomUUID());
        ApplicationContext b = instance(database, false);

        // the request on A gets as far as reserving stock, with its key claimed, and waits there ...
        try (Connection holder = DriverManager.getConnection(database)) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM products WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, product.id().value());
                lock.executeQuery().close();
            }
            CompletableFuture.runAsync(() -> a.getBean(PlaceOrderUseCase.class)
                    .place(customer, Shop.order(product.id(), 1), key));
            awaitWaitingOnALock();
            // ... when A dies
            linkOfA.killClients();
            holder.rollback();
        }

        Instant died = Instant.now();
        PlacedOrder retried = retryWhileInUse(() -> b.getBean(PlaceOrderUseCase.class)
                .place(customer, Shop.order(product.id(), 1), key));
        assertWithinFewSeconds(died, Instant.now(), "the retry on B");
        assertFalse(retried.replayed(), "A's request died with A: the retry is the one that places the order");
        assertTrue(b.getBean(PlaceOrderUseCase.class).place(customer, Shop.order(product.id(), 1), key).replayed());
        assertEquals(1, b.getBean(Shop.class).reload(product).stock().reserved());
    }

    private TcpProxy proxy() throws Exception {
        TcpProxy proxy = new TcpProxy(TestPostgres.port(database));
        closeables.add(0, proxy);
        return proxy;
    }

    private ApplicationContext instance(String url, boolean confirmationJob) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", "");
        properties.put("datasources.default.password", "");
        properties.put("conveyor.cache", "redis");
        properties.put("redis.uri", TestRedis.uri());
        properties.put("conveyor.redis.key-prefix", redisPrefix);
        properties.put("conveyor.orders.cancellation-window", WINDOW.toMillis() + "ms");
        properties.put("conveyor.orders.confirmation-job.enabled", String.valueOf(confirmationJob));
        properties.put("conveyor.orders.confirmation-job.interval", "50ms");
        properties.put("conveyor.orders.confirmation-job.initial-delay", "0ms");
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "failover-tests-secret-at-least-32-characters");
        ApplicationContext context = ApplicationContext.run(properties);
        closeables.add(context);
        return context;
    }

    private static List<UUID> place(ApplicationContext instance, Product product, int count) {
        Shop shop = instance.getBean(Shop.class);
        PlaceOrderUseCase placeOrder = instance.getBean(PlaceOrderUseCase.class);
        Actor customer = shop.customer();
        List<UUID> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            placed.add(placeOrder.place(customer, Shop.order(product.id(), 1), null).order().id());
        }
        return placed;
    }

    private static void claim(Connection connection, List<UUID> orders) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement claim = connection.prepareStatement(
                "SELECT id FROM orders WHERE id = ANY(?) FOR UPDATE")) {
            claim.setArray(1, connection.createArrayOf("uuid", orders.toArray()));
            claim.executeQuery().close();
        }
    }

    private void awaitConfirmed(List<UUID> orders) throws Exception {
        Instant deadline = Instant.now().plus(WINDOW).plus(FEW_SECONDS).plusSeconds(10);
        while (pending(orders) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertEquals(0, pending(orders), "orders never confirmed");
    }

    private void awaitWaitingOnALock() throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND wait_event_type = 'Lock'") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the request never reached the locked stock row");
    }

    private static PlacedOrder retryWhileInUse(java.util.function.Supplier<PlacedOrder> request) throws Exception {
        Instant deadline = Instant.now().plus(FEW_SECONDS);
        while (true) {
            try {
                return request.get();
            } catch (ConflictException inUse) {
                assertEquals("IDEMPOTENCY_KEY_IN_USE", inUse.code());
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("still in use " + FEW_SECONDS + " after its holder died", inUse);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void assertWithinFewSeconds(Instant from, Instant to, String what) {
        Duration late = Duration.between(from, to);
        assertTrue(late.compareTo(FEW_SECONDS) <= 0, what + " came " + late + " late");
    }

    private long pending(List<UUID> orders) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM orders WHERE status = 'PENDING' AND id = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", orders.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Map<UUID, Instant> confirmedAt(List<UUID> orders) throws SQLException {
        Map<UUID, Instant> confirmed = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, confirmed_at FROM orders WHERE id = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", orders.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    confirmed.put(rows.getObject(1, UUID.class),
                            rows.getObject(2, java.time.OffsetDateTime.class).toInstant());
                }
            }
        }
        return confirmed;
    }

    private Instant cancellableUntil(UUID order) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT cancellable_until FROM orders WHERE id = ?")) {
            statement.setObject(1, order);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }

    private Map<UUID, Integer> confirmationsPerOrder() throws SQLException {
        Map<UUID, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT aggregate_id, count(*) FROM event_log "
                     + "WHERE type = 'order:confirmed' GROUP BY aggregate_id")) {
            while (rows.next()) {
                counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
            }
        }
        return counts;
    }

    private long count(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
