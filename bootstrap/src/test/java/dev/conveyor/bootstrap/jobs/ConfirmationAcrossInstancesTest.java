package dev.conveyor.bootstrap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.Role;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server confirms orders when their cancellation window closes: durable (a
 * confirmation due while no instance ran happens after the restart) and exactly
 * once even when two instances on one database race for the same orders (only
 * the database keeps them apart; {@code KilledInstanceTest} has one die).
 */
class ConfirmationAcrossInstancesTest {

    private static final Duration WINDOW = Duration.ofSeconds(1);

    @Test
    void twoInstancesConfirmEveryDueOrderExactlyOnce() throws Exception {
        String database = TestPostgres.freshDatabase();
        try (ApplicationContext a = instance(database, true); ApplicationContext b = instance(database, true)) {
            List<OrderId> orders = new ArrayList<>();
            Shop shopA = a.getBean(Shop.class);
            Product product = shopA.product(shopA.user(Role.SELLER), 1000);
            for (ApplicationContext instance : List.of(a, b, a, b)) {
                orders.addAll(placeOrders(instance, product, 10));
            }

            awaitConfirmed(a.getBean(GetOrderQuery.class), shopA.admin(), orders);

            Map<String, Integer> confirmations = confirmationsPerOrder(database);
            assertEquals(orders.size(), confirmations.size());
            confirmations.forEach((order, count) -> assertEquals(1, count, "order " + order + " confirmed " + count
                    + " times"));
        }
    }

    @Test
    void confirmationsDueWhileNoInstanceRanHappenAfterTheRestart() throws Exception {
        String database = TestPostgres.freshDatabase();
        List<OrderId> orders;
        Product product;
        try (ApplicationContext stopped = instance(database, false)) {
            Shop shop = stopped.getBean(Shop.class);
            product = shop.product(shop.user(Role.SELLER), 100);
            orders = placeOrders(stopped, product, 5);
        }
        Thread.sleep(WINDOW.toMillis() + 200);
        try (ApplicationContext restarted = instance(database, true)) {
            awaitConfirmed(restarted.getBean(GetOrderQuery.class), restarted.getBean(Shop.class).admin(), orders);
        }
        assertEquals(orders.size(), confirmationsPerOrder(database).size());
    }

    private static ApplicationContext instance(String database, boolean confirmationJob) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", database);
        properties.put("datasources.default.username", "");
        properties.put("datasources.default.password", "");
        // an in-process cache never learns of the other instance's changes: instances that share no Redis
        // must not cache reads
        properties.put("conveyor.cache", "none");
        properties.put("conveyor.orders.cancellation-window", WINDOW.toMillis() + "ms");
        properties.put("conveyor.orders.confirmation-job.enabled", String.valueOf(confirmationJob));
        properties.put("conveyor.orders.confirmation-job.interval", "50ms");
        properties.put("conveyor.orders.confirmation-job.initial-delay", "0ms");
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "confirmation-tests-secret-at-least-32-characters");
        return ApplicationContext.run(properties);
    }

    private static List<OrderId> placeOrders(ApplicationContext instance, Product product, int count) {
        Shop shop = instance.getBean(Shop.class);
        PlaceOrderUseCase placeOrder = instance.getBean(PlaceOrderUseCase.class);
        Actor customer = shop.customer();
        List<OrderId> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            placed.add(new OrderId(placeOrder.place(customer, Shop.order(product.id(), 1), null).order().id()));
        }
        return placed;
    }

    private static void awaitConfirmed(GetOrderQuery getOrder, Actor reader, List<OrderId> orders)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        List<OrderId> pending = new ArrayList<>(orders);
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            pending.removeIf(id -> getOrder.get(reader, id).status() == OrderStatus.CONFIRMED);
            Thread.sleep(100);
        }
        assertTrue(pending.isEmpty(), pending.size() + " orders were never confirmed");
    }

    private static Map<String, Integer> confirmationsPerOrder(String database) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT aggregate_id, count(*) FROM event_log "
                     + "WHERE type = 'order:confirmed' GROUP BY aggregate_id")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}
