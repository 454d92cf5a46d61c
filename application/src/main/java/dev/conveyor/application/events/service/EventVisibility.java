package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.user.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who sees which events, and how much of them: staff and administrators all of
 * them, customers those of their own orders, sellers those that concern their
 * products with the payloads cut to their own order lines.
 */
final class EventVisibility {

    /** Lists whose entries name their seller: an order's lines, the products an inventory event moved. */
    private static final Set<String> PER_SELLER_LISTS = Set.of("lines", "affectedProducts");

    private EventVisibility() {
    }

    /** @param orderId null for every order (and every other event) the caller may see */
    static Scope scopeOf(Actor actor, OrderId orderId) {
        actor.requireUser();
        UUID order = orderId == null ? null : orderId.value();
        if (actor.isBackOffice()) {
            return new Scope(null, null, order);
        }
        if (actor.is(Role.SELLER)) {
            return new Scope(null, actor.userId().value(), order);
        }
        return new Scope(actor.userId().value(), null, order);
    }

    /** The event as a reader with this scope sees it, or empty when it may not see it. */
    static Optional<LoggedEvent> view(Scope scope, LoggedEvent event) {
        if (scope.orderId() != null && !scope.orderId().equals(event.orderId())) {
            return Optional.empty();
        }
        if (scope.customerId() != null && !scope.customerId().equals(event.customerId())) {
            return Optional.empty();
        }
        if (scope.sellerId() == null) {
            return Optional.of(event);
        }
        if (!event.sellerIds().contains(scope.sellerId())) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> cut = (Map<String, Object>) cut(event.payload(), scope.sellerId().toString());
        return Optional.of(event.withPayload(cut));
    }

    /**
     * Keeps, in every per-seller list, only the seller's entries; a document that lost lines also loses
     * its total (an edit's {@code totals}), which would tell the seller about the other sellers' lines.
     */
    private static Object cut(Object value, String sellerId) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            boolean linesCut = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (PER_SELLER_LISTS.contains(key) && entry.getValue() instanceof List<?> lines) {
                    List<Object> own = ownLines(lines, sellerId);
                    linesCut |= own.size() != lines.size();
                    result.put(key, own);
                } else {
                    result.put(key, cut(entry.getValue(), sellerId));
                }
            }
            if (linesCut) {
                result.remove("totalMinor");
                result.remove("totals");
            }
            return result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            for (Object item : list) {
                result.add(cut(item, sellerId));
            }
            return result;
        }
        return value;
    }

    private static List<Object> ownLines(List<?> lines, String sellerId) {
        List<Object> own = new ArrayList<>();
        for (Object line : lines) {
            if (!(line instanceof Map<?, ?> fields) || !fields.containsKey("sellerId")
                    || sellerId.equals(fields.get("sellerId"))) {
                own.add(line);
            }
        }
        return own;
    }
}
