package dev.conveyor.domain.catalog;

import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Events of the catalogue and of stock levels. */
public final class ProductEvents {

    private ProductEvents() {
    }

    public record ProductSnapshot(UUID id, String sku, String name, String category, long priceMinor,
                                  String currency, boolean active, int onHand, int reserved, int lowStockThreshold) {

        Map<String, Object> toPayload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id.toString());
            map.put("sku", sku);
            map.put("name", name);
            map.put("category", category);
            map.put("priceMinor", priceMinor);
            map.put("currency", currency);
            map.put("active", active);
            map.put("onHand", onHand);
            map.put("reserved", reserved);
            map.put("available", onHand - reserved);
            map.put("lowStockThreshold", lowStockThreshold);
            return map;
        }
    }

    private interface ProductEvent extends DomainEvent {
        UUID sellerId();

        @Override
        default String aggregateType() {
            return "product";
        }

        @Override
        default Set<UUID> sellerIds() {
            return Set.of(sellerId());
        }
    }

    public record ProductCreated(UUID aggregateId, UUID sellerId, Instant occurredAt, ProductSnapshot product)
            implements ProductEvent {
        @Override
        public String type() {
            return "product:created";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("product", product.toPayload());
        }
    }

    public record ProductUpdated(UUID aggregateId, UUID sellerId, Instant occurredAt, ProductSnapshot product)
            implements ProductEvent {
        @Override
        public String type() {
            return "product:updated";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("product", product.toPayload());
        }
    }

    /** A product nobody ever ordered was deleted, with all that hung on it only (pictures, cart lines, stock log). */
    public record ProductDeleted(UUID aggregateId, UUID sellerId, Instant occurredAt, String sku)
            implements ProductEvent {
        @Override
        public String type() {
            return "product:deleted";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("productId", aggregateId.toString(), "sku", sku);
        }
    }

    /** Available stock fell to or below the product's threshold (but not to zero). */
    public record LowStock(UUID aggregateId, UUID sellerId, Instant occurredAt, String sku, int available,
                           int threshold) implements ProductEvent {
        @Override
        public String type() {
            return "inventory:low-stock";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("productId", aggregateId.toString(), "sku", sku, "available", available,
                    "threshold", threshold);
        }
    }

    /** Nothing left to sell. */
    public record OutOfStock(UUID aggregateId, UUID sellerId, Instant occurredAt, String sku)
            implements ProductEvent {
        @Override
        public String type() {
            return "inventory:out-of-stock";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("productId", aggregateId.toString(), "sku", sku, "available", 0);
        }
    }
}
