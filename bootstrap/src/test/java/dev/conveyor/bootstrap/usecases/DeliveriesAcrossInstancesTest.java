package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.usecases.UseCaseContract.runConcurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.Role;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database, each with its own in-process
 * locks, deliver the same order at once: only the database keeps them apart.
 */
class DeliveriesAcrossInstancesTest {

    @Test
    void twentyDeliveriesOfTheLastFiveUnitsOnTwoInstancesShipExactlyFive() throws Exception {
        String database = TestPostgres.freshDatabase();
        try (ApplicationContext a = instance(database); ApplicationContext b = instance(database)) {
            Shop shop = a.getBean(Shop.class);
            Actor staff = shop.user(Role.STAFF);
            Product scarce = shop.product(shop.user(Role.SELLER), 5);
            OrderId order = new OrderId(a.getBean(PlaceOrderUseCase.class).place(shop.customer(),
                    Shop.order(scarce.id(), 5), null).order().id());
            awaitConfirmed(a.getBean(GetOrderQuery.class), shop.admin(), order);

            List<ApplicationContext> instances = List.of(a, b);
            AtomicInteger turn = new AtomicInteger();
            List<Object> outcomes = runConcurrently(20, () -> {
                ApplicationContext instance = instances.get(turn.getAndIncrement() % 2);
                DeliveryView created = instance.getBean(CreateDeliveryUseCase.class).create(staff, order,
                        new CreateDeliveryCommand(List.of(new CreateDeliveryUseCase.Line(1, 1)), null, null), null)
                        .delivery();
                return instance.getBean(ChangeDeliveryStatusUseCase.class).changeStatus(staff,
                        new DeliveryId(created.id()), new ChangeDeliveryStatusCommand(DeliveryStatus.SHIPPED, null,
                                null, null));
            });

            assertEquals(5, outcomes.stream().filter(DeliveryView.class::isInstance).count(), () -> "" + outcomes);
            assertEquals(new Stock(0, 0), b.getBean(Shop.class).reload(scarce).stock());
            assertEquals(5, b.getBean(GetOrderQuery.class).get(staff, order).lines().get(0).shipped());
        }
    }

    private static ApplicationContext instance(String database) {
        // an in-process cache never learns of the other instance's changes: instances that share no Redis
        // must not cache reads
        return ApplicationContext.run(Map.of(
                "conveyor.cache", "none",
                "datasources.default.url", database,
                "datasources.default.username", "",
                "datasources.default.password", "",
                "conveyor.orders.cancellation-window", "500ms",
                "conveyor.orders.confirmation-job.interval", "50ms",
                "conveyor.orders.confirmation-job.initial-delay", "0ms",
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "delivery-tests-secret-at-least-32-characters-long"));
    }

    private static void awaitConfirmed(GetOrderQuery orders, Actor reader, OrderId order)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (orders.get(reader, order).status() != OrderStatus.CONFIRMED && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertTrue(orders.get(reader, order).status() == OrderStatus.CONFIRMED, "the order was never confirmed");
    }
}
