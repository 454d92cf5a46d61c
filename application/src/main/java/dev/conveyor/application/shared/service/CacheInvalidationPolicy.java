package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.port.out.CacheInvalidation;
import dev.conveyor.application.shared.port.out.CacheSpace;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.OrderEvents;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cache entries a committed change makes stale, read off its events:
 * <ul>
 *   <li>an event of an order: that order; an event of another aggregate that
 *       names an {@code orderId} in its payload (a delivery, an invoice, a
 *       payment): that order;</li>
 *   <li>stock reserved or given back by an order: those products; an order
 *       updated (a delivery allocated, shipped, delivered or returned, whose
 *       stock moves without an event of its own): the products of its lines;</li>
 *   <li>an event of a product (stock alerts included): that product; a product
 *       created, changed or deleted: also every catalogue page, since its name, price,
 *       category or active flag decide which pages hold it and where.</li>
 * </ul>
 * An order's cached balance goes whenever its order's entry goes.
 */
public final class CacheInvalidationPolicy {

    private static final String ORDER = "order";
    private static final String PRODUCT = "product";
    private static final String PAYMENT = "payment";
    private static final String DELIVERY = "delivery";

    private CacheInvalidationPolicy() {
    }

    static CacheInvalidation of(List<DomainEvent> events) {
        Set<String> orders = new HashSet<>();
        Set<String> products = new HashSet<>();
        boolean catalogue = false;
        Set<CacheSpace<?>> wholeSpaces = new HashSet<>();
        for (DomainEvent event : events) {
            switch (event.aggregateType()) {
                case ORDER -> {
                    orders.add(event.aggregateId().toString());
                    products.addAll(stockTouchedBy(event));
                    wholeSpaces.add(CacheSpace.DASHBOARD);
                }
                case PRODUCT -> {
                    products.add(event.aggregateId().toString());
                    catalogue |= event.type().equals("product:created") || event.type().equals("product:updated")
                            || event.type().equals("product:deleted");
                }
                default -> {
                    if (event.payload().get("orderId") instanceof String orderId) {
                        orders.add(orderId);
                    }
                    if (event.aggregateType().equals(PAYMENT)) {
                        wholeSpaces.add(CacheSpace.DASHBOARD);
                    }
                    if (event.aggregateType().equals(DELIVERY)) {
                        wholeSpaces.add(CacheSpace.DELIVERIES_TODAY);
                    }
                }
            }
        }
        if (catalogue) {
            wholeSpaces.add(CacheSpace.CATALOGUE);
        }
        Map<CacheSpace<?>, Set<String>> entries = new HashMap<>();
        entries.put(CacheSpace.ORDERS, orders);
        // a balance goes with its order: every change of the ledger names the order (its orderId)
        entries.put(CacheSpace.ORDER_BALANCES, orders);
        entries.put(CacheSpace.PRODUCTS, products);
        return new CacheInvalidation(entries, wholeSpaces);
    }

    private static Set<String> stockTouchedBy(DomainEvent event) {
        if (event instanceof OrderEvents.InventoryReduced reduced) {
            return ids(reduced.quantities().keySet());
        }
        if (event instanceof OrderEvents.InventoryRestored restored) {
            return ids(restored.quantities().keySet());
        }
        if (event instanceof OrderEvents.OrderUpdated updated
                && updated.order().toPayload().get("lines") instanceof List<?> lines) {
            Set<String> products = new HashSet<>();
            for (Object line : lines) {
                if (line instanceof Map<?, ?> fields && fields.get("productId") instanceof String productId) {
                    products.add(productId);
                }
            }
            return products;
        }
        return Set.of();
    }

    private static Set<String> ids(Set<ProductId> products) {
        Set<String> ids = new HashSet<>();
        products.forEach(id -> ids.add(id.value().toString()));
        return ids;
    }
}
