package dev.conveyor.domain.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeliveryTest {

    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    static final UserId SELLER = UserId.newId();
    static final UserId OTHER_SELLER = UserId.newId();

    /** An order of 4 mugs (seller) and 2 plates (other seller). */
    static Order order() {
        List<OrderItem> items = List.of(
                new OrderItem(ProductId.newId(), new Sku("MUG"), "Mug", Money.of(1299, "EUR"), SELLER, 4),
                new OrderItem(ProductId.newId(), new Sku("PLATE"), "Plate", Money.of(500, "EUR"), OTHER_SELLER, 2));
        return Order.place(OrderId.newId(), 7, UserId.newId(), items, ListPriced.of(items),
                Address.of("a", "Ann", "1 Main St", null, "Lyon", null, "69001", "FR"), null, NOW,
                Duration.ofSeconds(60));
    }

    static Delivery delivery(Map<Integer, Integer> quantities) {
        return Delivery.create(DeliveryId.newId(), 12, order(), quantities, " DHL ", "JD014", SELLER, NOW);
    }

    @Test
    void aNewDeliveryCopiesItsLinesAndIsPending() {
        Delivery delivery = delivery(Map.of(2, 1, 1, 3));

        assertEquals("DLV-2026-000012", delivery.number().value());
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals("DHL", delivery.carrier());
        assertEquals(List.of(1, 2), delivery.lines().stream().map(DeliveryLine::lineNo).toList());
        assertEquals(Money.of(3 * 1299 + 500, "EUR"), delivery.total());
        assertEquals(Map.of(1, 3, 2, 1), delivery.quantitiesByLine());
        assertEquals(Set.of(SELLER.value(), OTHER_SELLER.value()), delivery.sellerIds());
        assertTrue(delivery.hasLinesOf(SELLER));
        assertEquals(false, delivery.hasOnlyLinesOf(SELLER));
        assertEquals(List.of("delivery:created"), delivery.pullEvents().stream().map(DomainEvent::type).toList());
    }

    @Test
    void unknownLinesAndEmptyDeliveriesAreRefused() {
        assertThrows(InvalidInputException.class, () -> delivery(Map.of(3, 1)));
        assertThrows(InvalidInputException.class, () -> delivery(Map.of()));
        assertThrows(InvalidInputException.class, () -> delivery(Map.of(1, 0)));
    }

    @Test
    void itMovesPendingShippedDeliveredAndRecordsWhenAndHow() {
        Delivery delivery = delivery(Map.of(1, 2));
        delivery.pullEvents();

        assertEquals(DeliveryStatus.PENDING, delivery.changeStatus(DeliveryStatus.SHIPPED, "UPS", null, null,
                NOW.plusSeconds(60)));
        assertEquals("UPS", delivery.carrier());
        assertEquals("JD014", delivery.trackingNumber());
        assertEquals(NOW.plusSeconds(60), delivery.shippedAt());
        delivery.changeStatus(DeliveryStatus.DELIVERED, null, null, "signed by Ann", NOW.plusSeconds(120));

        assertEquals(NOW.plusSeconds(120), delivery.deliveredAt());
        assertEquals("signed by Ann", delivery.statusReason());
        assertNull(delivery.failedAt());
        List<DomainEvent> events = delivery.pullEvents();
        assertEquals(List.of("delivery:status-updated", "order:shipped", "delivery:status-updated",
                "order:delivered"), events.stream().map(DomainEvent::type).toList());
        assertEquals("DELIVERED", events.get(2).payload().get("status"));
        assertEquals("SHIPPED", events.get(2).payload().get("previousStatus"));
        Map<String, Object> shipped = events.get(1).payload();
        assertEquals(delivery.orderId().value(), events.get(1).aggregateId());
        assertEquals("UPS", shipped.get("carrier"));
        assertEquals("JD014", shipped.get("trackingNumber"));
        assertEquals(delivery.number().value(), shipped.get("deliveryNumber"));
        assertEquals(1, ((List<?>) shipped.get("lines")).size());
    }

    @ParameterizedTest
    @EnumSource(DeliveryStatus.class)
    void onlySuccessorsAreReachable(DeliveryStatus from) {
        for (DeliveryStatus to : DeliveryStatus.values()) {
            Delivery delivery = in(from);
            if (from.canBecome(to)) {
                delivery.changeStatus(to, null, null, null, NOW);
                assertEquals(to, delivery.status());
            } else {
                InvalidDeliveryTransitionException e = assertThrows(InvalidDeliveryTransitionException.class,
                        () -> delivery.changeStatus(to, null, null, null, NOW));
                assertEquals(from, e.current());
                assertEquals(from.successors().stream().sorted().toList(), e.allowed());
            }
        }
    }

    @Test
    void theStateMachineIsPendingShippedDeliveredWithCancelAndFail() {
        assertEquals(EnumSet.of(DeliveryStatus.SHIPPED, DeliveryStatus.CANCELLED), DeliveryStatus.PENDING.successors());
        assertEquals(EnumSet.of(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED), DeliveryStatus.SHIPPED.successors());
        for (DeliveryStatus end : List.of(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.CANCELLED)) {
            assertTrue(end.successors().isEmpty());
        }
        assertNotNull(in(DeliveryStatus.FAILED).failedAt());
        assertNotNull(in(DeliveryStatus.CANCELLED).cancelledAt());
    }

    @Test
    void carrierAndTrackingAreBounded() {
        assertThrows(InvalidInputException.class, () -> Delivery.create(DeliveryId.newId(), 1, order(),
                Map.of(1, 1), "x".repeat(Delivery.MAX_CARRIER + 1), null, SELLER, NOW));
    }

    /** A delivery brought to {@code status} by the shortest legal path. */
    static Delivery in(DeliveryStatus status) {
        Delivery delivery = delivery(Map.of(1, 1));
        switch (status) {
            case PENDING -> { }
            case CANCELLED -> delivery.changeStatus(DeliveryStatus.CANCELLED, null, null, null, NOW);
            case SHIPPED -> delivery.changeStatus(DeliveryStatus.SHIPPED, null, null, null, NOW);
            case DELIVERED, FAILED -> {
                delivery.changeStatus(DeliveryStatus.SHIPPED, null, null, null, NOW);
                delivery.changeStatus(status, null, null, null, NOW);
            }
        }
        return delivery;
    }
}
