package dev.conveyor.domain.delivery;

import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Events of deliveries, named as in the event catalogue. */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    /** The delivery as clients see it in {@code delivery:created}. */
    public static final class DeliverySnapshot {
        private final Map<String, Object> payload;

        DeliverySnapshot(Delivery delivery) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", delivery.id().value().toString());
            map.put("number", delivery.number().value());
            map.put("orderId", delivery.orderId().value().toString());
            map.put("orderNumber", delivery.orderNumber());
            map.put("status", delivery.status().name());
            map.put("carrier", delivery.carrier());
            map.put("trackingNumber", delivery.trackingNumber());
            map.put("createdAt", delivery.createdAt().toString());
            map.put("lines", lines(delivery));
            this.payload = map;
        }

        public Map<String, Object> toPayload() {
            return payload;
        }
    }

    /** The delivery's lines as events carry them (sellers' views keep their own). */
    static List<Map<String, Object>> lines(Delivery delivery) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DeliveryLine line : delivery.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("lineNo", line.lineNo());
            l.put("productId", line.productId().value().toString());
            l.put("sku", line.sku().value());
            l.put("name", line.name());
            l.put("quantity", line.quantity());
            l.put("sellerId", line.sellerId().value().toString());
            lines.add(l);
        }
        return lines;
    }

    private interface DeliveryEvent extends DomainEvent {
        @Override
        default String aggregateType() {
            return "delivery";
        }
    }

    public record DeliveryCreated(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                  DeliverySnapshot delivery) implements DeliveryEvent {
        @Override
        public String type() {
            return "delivery:created";
        }

        @Override
        public UUID orderId() {
            return UUID.fromString((String) delivery.toPayload().get("orderId"));
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("delivery", delivery.toPayload());
        }
    }

    public record DeliveryStatusUpdated(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                        String deliveryNumber, UUID orderId, DeliveryStatus previousStatus,
                                        DeliveryStatus status, String carrier, String trackingNumber)
            implements DeliveryEvent {
        @Override
        public String type() {
            return "delivery:status-updated";
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("deliveryId", aggregateId.toString());
            map.put("deliveryNumber", deliveryNumber);
            map.put("orderId", orderId.toString());
            map.put("previousStatus", previousStatus.name());
            map.put("status", status.name());
            map.put("carrier", carrier);
            map.put("trackingNumber", trackingNumber);
            return map;
        }
    }
}
