package dev.conveyor.application.shared.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.shared.port.out.CacheInvalidation;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductEvents;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.ListPrices;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CacheInvalidationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final ProductId mug = ProductId.newId();
    private final ProductId tea = ProductId.newId();
    private final List<OrderItem> items = List.of(
            new OrderItem(mug, new Sku("MUG"), "Mug", Money.of(100, "EUR"), UserId.newId(), 1),
            new OrderItem(tea, new Sku("TEA"), "Tea", Money.of(100, "EUR"), UserId.newId(), 2));
    private final Order order = Order.place(OrderId.newId(), 1, UserId.newId(), items, ListPrices.of(items),
            new Address("Ada", "1 Street", null, "London", null, "N1", "GB"), null, NOW, Duration.ofSeconds(60));

    @Test
    void placingAnOrderDropsTheOrderAndTheProductsWhoseStockItReserved() {
        CacheInvalidation invalidation = CacheInvalidationPolicy.of(order.pullEvents());

        assertEquals(Set.of(key(order)), invalidation.entries().get(CacheSpace.ORDERS));
        assertEquals(Set.of(mug.value().toString(), tea.value().toString()),
                invalidation.entries().get(CacheSpace.PRODUCTS));
        assertEquals(Set.of(CacheSpace.DASHBOARD), invalidation.wholeSpaces(),
                "stock does not move products between pages; a new order changes the dashboard");
    }

    @Test
    void cancellingDropsTheOrderAndTheProductsWhoseStockCameBack() {
        order.pullEvents();
        order.cancelByCustomer(order.customerId(), null, NOW.plusSeconds(1));

        CacheInvalidation invalidation = CacheInvalidationPolicy.of(order.pullEvents());

        assertEquals(Set.of(key(order)), invalidation.entries().get(CacheSpace.ORDERS));
        assertEquals(2, invalidation.entries().get(CacheSpace.PRODUCTS).size());
    }

    @Test
    void aConfirmationDropsOnlyTheOrder() {
        order.pullEvents();
        order.confirm(NOW.plusSeconds(61));

        CacheInvalidation invalidation = CacheInvalidationPolicy.of(order.pullEvents());

        assertEquals(Set.of(key(order)), invalidation.entries().get(CacheSpace.ORDERS));
        assertTrue(invalidation.entries().get(CacheSpace.PRODUCTS).isEmpty());
    }

    @Test
    void anUpdatedOrderDropsTheProductsOfItsLinesWhoseStockADeliveryMayHaveMoved() {
        order.pullEvents();
        order.confirm(NOW.plusSeconds(61));
        order.pullEvents();
        order.startProcessing(NOW.plusSeconds(62));

        CacheInvalidation invalidation = CacheInvalidationPolicy.of(order.pullEvents());

        assertEquals(Set.of(key(order)), invalidation.entries().get(CacheSpace.ORDERS));
        assertEquals(Set.of(mug.value().toString(), tea.value().toString()),
                invalidation.entries().get(CacheSpace.PRODUCTS));
    }

    @Test
    void aProductChangeDropsTheProductAndEveryCataloguePage() {
        Product product = Product.rehydrate(mug, new Sku("MUG"), new ProductDetails("Mug", null, "kitchen", null),
                Money.of(100, "EUR"), true, UserId.newId(), new Stock(5, 0), 1, NOW, NOW, 3);
        product.revise(null, Money.of(120, "EUR"), null, null, NOW);

        CacheInvalidation invalidation = CacheInvalidationPolicy.of(product.pullEvents());

        assertEquals(Set.of(mug.value().toString()), invalidation.entries().get(CacheSpace.PRODUCTS));
        assertEquals(Set.of(CacheSpace.CATALOGUE), invalidation.wholeSpaces());
    }

    @Test
    void aStockAlertDropsTheProductButNoPage() {
        CacheInvalidation invalidation = CacheInvalidationPolicy.of(List.of(
                new ProductEvents.OutOfStock(mug.value(), UUID.randomUUID(), NOW, "MUG")));

        assertEquals(Set.of(mug.value().toString()), invalidation.entries().get(CacheSpace.PRODUCTS));
        assertTrue(invalidation.wholeSpaces().isEmpty());
    }

    @Test
    void anEventOfAnotherAggregateThatNamesAnOrderDropsThatOrder() {
        UUID orderId = UUID.randomUUID();
        DomainEvent delivered = event("delivery:status-updated", "delivery",
                Map.of("orderId", orderId.toString(), "status", "DELIVERED"));

        CacheInvalidation invalidation = CacheInvalidationPolicy.of(List.of(delivered));

        assertEquals(Set.of(orderId.toString()), invalidation.entries().get(CacheSpace.ORDERS));
        assertEquals(Set.of(CacheSpace.DELIVERIES_TODAY), invalidation.wholeSpaces(),
                "a delivery's change shows in the deliveries' summary; the order's own event updates the dashboard");
    }

    @Test
    void aPaymentDropsItsOrderAndTheOrdersCachedBalance() {
        String orderId = UUID.randomUUID().toString();
        DomainEvent paid = event("payment:recorded", "payment", Map.of("orderId", orderId));

        CacheInvalidation invalidation = CacheInvalidationPolicy.of(List.of(paid));
        assertEquals(Set.of(orderId), invalidation.entries().get(CacheSpace.ORDERS));
        assertEquals(Set.of(orderId), invalidation.entries().get(CacheSpace.ORDER_BALANCES));
    }

    @Test
    void aPaymentDropsTheDashboard() {
        DomainEvent paid = event("payment:recorded", "payment", Map.of("orderId", UUID.randomUUID().toString()));

        assertEquals(Set.of(CacheSpace.DASHBOARD), CacheInvalidationPolicy.of(List.of(paid)).wholeSpaces());
    }

    @Test
    void noEventsDropNothing() {
        assertTrue(CacheInvalidationPolicy.of(List.of()).isEmpty());
    }

    /** An event built from its parts: the policy reads only these, whichever class made it. */
    private static DomainEvent event(String type, String aggregateType, Map<String, Object> payload) {
        UUID aggregateId = UUID.randomUUID();
        return new DomainEvent() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public String aggregateType() {
                return aggregateType;
            }

            @Override
            public UUID aggregateId() {
                return aggregateId;
            }

            @Override
            public Instant occurredAt() {
                return NOW;
            }

            @Override
            public Map<String, Object> payload() {
                return payload;
            }
        };
    }

    private static String key(Order order) {
        return order.id().value().toString();
    }
}
