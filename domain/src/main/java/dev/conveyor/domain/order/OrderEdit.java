package dev.conveyor.domain.order;

import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One edit of an order as kept in its history: who made it, when, what changed, and the order's gross total
 * and amount due before and after.
 */
public record OrderEdit(UUID id, OrderId orderId, UserId editedBy, Instant editedAt, List<Change> changes,
                        Money totalBefore, Money totalAfter, Money dueBefore, Money dueAfter) {

    public OrderEdit {
        Objects.requireNonNull(id);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(editedBy);
        Objects.requireNonNull(editedAt);
        changes = List.copyOf(changes);
        Objects.requireNonNull(totalBefore);
        Objects.requireNonNull(totalAfter);
        Objects.requireNonNull(dueBefore);
        Objects.requireNonNull(dueAfter);
    }

    /** Only the changes of one seller's lines (sellers see no one else's, nor the order's totals). */
    public OrderEdit ofSeller(UserId sellerId) {
        return new OrderEdit(id, orderId, editedBy, editedAt,
                changes.stream().filter(c -> c.sellerId() != null && c.sellerId().equals(sellerId.value())).toList(),
                totalBefore, totalAfter, dueBefore, dueAfter);
    }

    public enum ChangeType { SET_QUANTITY, ADD_LINE, REMOVE_LINE, SHIPPING_ADDRESS, SHIPPING_METHOD }

    /**
     * A change as it was applied. Line changes name the line, its product and seller and its quantity before
     * and after (0 for a line that did not exist or no longer does); address and method changes name the new
     * address or method (null: none).
     */
    public record Change(ChangeType type, Integer lineNo, UUID productId, String sku, UUID sellerId,
                         Integer quantityBefore, Integer quantityAfter, Address address, String shippingMethod) {

        public Change {
            Objects.requireNonNull(type);
        }

        static Change ofLine(ChangeType type, OrderLine line, int before, int after) {
            return new Change(type, line.lineNo(), line.productId().value(), line.sku().value(),
                    line.sellerId().value(), before, after, null, null);
        }

        /** The change written by {@link #toPayload()}, read back (numbers may come back as any Number). */
        public static Change fromPayload(Map<String, Object> map) {
            ChangeType type = ChangeType.valueOf((String) map.get("type"));
            Integer lineNo = map.get("lineNo") == null ? null : ((Number) map.get("lineNo")).intValue();
            Address address = null;
            if (map.get("address") instanceof Map<?, ?> a) {
                address = new Address((String) a.get("name"), (String) a.get("line1"), (String) a.get("line2"),
                        (String) a.get("city"), (String) a.get("region"), (String) a.get("postalCode"),
                        (String) a.get("country"));
            }
            return lineNo == null
                    ? new Change(type, null, null, null, null, null, null, address, (String) map.get("shippingMethod"))
                    : new Change(type, lineNo, UUID.fromString((String) map.get("productId")), (String) map.get("sku"),
                            UUID.fromString((String) map.get("sellerId")),
                            ((Number) map.get("quantityBefore")).intValue(),
                            ((Number) map.get("quantityAfter")).intValue(), null, null);
        }

        public Map<String, Object> toPayload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", type.name());
            if (lineNo != null) {
                map.put("lineNo", lineNo);
                map.put("productId", productId.toString());
                map.put("sku", sku);
                map.put("sellerId", sellerId.toString());
                map.put("quantityBefore", quantityBefore);
                map.put("quantityAfter", quantityAfter);
            }
            if (type == ChangeType.SHIPPING_ADDRESS) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", address.name());
                a.put("line1", address.line1());
                a.put("line2", address.line2());
                a.put("city", address.city());
                a.put("region", address.region());
                a.put("postalCode", address.postalCode());
                a.put("country", address.country());
                map.put("address", a);
            }
            if (type == ChangeType.SHIPPING_METHOD) {
                map.put("shippingMethod", shippingMethod);
            }
            return map;
        }
    }
}
