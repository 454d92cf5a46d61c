package dev.conveyor.domain.order;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Events of the order aggregate, named as in the event catalogue. */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** The order as clients see it in {@code order:created} and {@code order:updated}. */
    public static final class OrderSnapshot {
        private final Map<String, Object> payload;

        OrderSnapshot(Order order) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", order.id().value().toString());
            map.put("number", order.number().value());
            map.put("customerId", order.customerId().value().toString());
            map.put("status", order.status().name());
            map.put("fulfillmentStatus", order.fulfillmentStatus().name());
            map.put("paymentStatus", order.paymentStatus().name());
            map.put("progress", order.progress());
            map.put("totalMinor", order.total().amountMinor());
            map.put("netMinor", order.price().totals().net());
            map.put("taxMinor", order.price().totals().tax());
            map.put("discountMinor", order.price().totals().discount());
            map.put("shippingMinor", order.price().shipping() == null ? 0 : order.price().shipping().gross());
            map.put("currency", order.total().currency());
            map.put("placedAt", order.placedAt().toString());
            map.put("cancellableUntil", order.cancellableUntil().toString());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (OrderLine line : order.lines()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("lineNo", line.lineNo());
                l.put("productId", line.productId().value().toString());
                l.put("sku", line.sku().value());
                l.put("name", line.name());
                l.put("unitPriceMinor", line.unitPrice().amountMinor());
                l.put("quantity", line.quantity());
                l.put("sellerId", line.sellerId().value().toString());
                l.put("shipped", line.shipped());
                l.put("delivered", line.delivered());
                l.put("cancelled", line.cancelled());
                l.put("allocated", line.allocated());
                l.put("remaining", line.remaining());
                lines.add(l);
            }
            map.put("lines", lines);
            this.payload = map;
        }

        public Map<String, Object> toPayload() {
            return payload;
        }
    }

    private interface OrderEvent extends DomainEvent {
        @Override
        default String aggregateType() {
            return "order";
        }

        @Override
        default UUID orderId() {
            return aggregateId();
        }
    }

    public record OrderCreated(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                               OrderSnapshot order) implements OrderEvent {
        @Override
        public String type() {
            return "order:created";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("order", order.toPayload());
        }
    }

    public record OrderConfirmed(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                 String orderNumber) implements OrderEvent {
        @Override
        public String type() {
            return "order:confirmed";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("orderId", aggregateId.toString(), "orderNumber", orderNumber,
                    "status", OrderStatus.CONFIRMED.name(), "confirmedAt", occurredAt.toString());
        }
    }

    public record OrderUpdated(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                               String previousStatus, OrderSnapshot order) implements OrderEvent {
        @Override
        public String type() {
            return "order:updated";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("previousStatus", previousStatus, "order", order.toPayload());
        }
    }

    /** Delivered or shipped quantities changed the fulfilment status or the progress. */
    public record ProgressUpdated(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                  String orderNumber, int progress, FulfillmentStatus fulfillmentStatus,
                                  OrderStatus status) implements OrderEvent {
        @Override
        public String type() {
            return "order:progress-updated";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("orderId", aggregateId.toString(), "orderNumber", orderNumber, "progress", progress,
                    "fulfillmentStatus", fulfillmentStatus.name(), "status", status.name());
        }
    }

    /** The payment ledger changed the order's payment status. */
    public record PaymentUpdated(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                 String previousPaymentStatus, OrderSnapshot order) implements OrderEvent {
        @Override
        public String type() {
            return "order:payment-updated";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("previousPaymentStatus", previousPaymentStatus, "order", order.toPayload());
        }
    }

    public record OrderCancelled(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                 String orderNumber, String reason, UUID cancelledBy) implements OrderEvent {
        @Override
        public String type() {
            return "order:cancelled";
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("orderId", aggregateId.toString());
            map.put("orderNumber", orderNumber);
            map.put("status", OrderStatus.CANCELLED.name());
            map.put("reason", reason);
            map.put("cancelledBy", cancelledBy.toString());
            return map;
        }
    }

    /** Units of a line that staff or its seller cancelled before they shipped. */
    public record CancelledLine(int lineNo, ProductId productId, String sku, String name, UUID sellerId,
                                int quantity, int cancelled, int remaining) {

        CancelledLine(OrderLine before, int quantity) {
            this(before.lineNo(), before.productId(), before.sku().value(), before.name(),
                    before.sellerId().value(), quantity, before.cancelled() + quantity,
                    before.remaining() - quantity);
        }

        Map<String, Object> toPayload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("lineNo", lineNo);
            map.put("productId", productId.value().toString());
            map.put("sku", sku);
            map.put("name", name);
            map.put("sellerId", sellerId.toString());
            map.put("quantity", quantity);
            map.put("cancelled", cancelled);
            map.put("remaining", remaining);
            return map;
        }
    }

    /**
     * Units no delivery held yet were cancelled ({@code order:lines-cancelled}); each line names its
     * seller, so a seller's view keeps only theirs.
     */
    public record LinesCancelled(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                 String orderNumber, String reason, UUID cancelledBy, List<CancelledLine> lines)
            implements OrderEvent {
        @Override
        public String type() {
            return "order:lines-cancelled";
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("orderId", aggregateId.toString());
            map.put("orderNumber", orderNumber);
            map.put("reason", reason);
            map.put("cancelledBy", cancelledBy.toString());
            map.put("lines", lines.stream().map(CancelledLine::toPayload).toList());
            return map;
        }
    }

    /**
     * Staff or the customer edited the order before shipment. {@code lines} holds the line changes (each naming
     * its seller, so sellers see their own); address and method changes are named apart; {@code totals} (gross
     * and due, before and after) is left out for a seller who does not see every line.
     */
    public record OrderEdited(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                              String orderNumber, OrderEdit edit) implements OrderEvent {
        @Override
        public String type() {
            return "order:edited";
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("orderId", aggregateId.toString());
            map.put("orderNumber", orderNumber);
            map.put("editId", edit.id().toString());
            map.put("editedBy", edit.editedBy().value().toString());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (OrderEdit.Change change : edit.changes()) {
                if (change.lineNo() != null) {
                    lines.add(change.toPayload());
                } else if (change.type() == OrderEdit.ChangeType.SHIPPING_ADDRESS) {
                    map.put("shippingAddress", change.toPayload().get("address"));
                } else {
                    map.put("shippingMethod", change.shippingMethod());
                }
            }
            map.put("lines", lines);
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("beforeMinor", edit.totalBefore().amountMinor());
            totals.put("afterMinor", edit.totalAfter().amountMinor());
            totals.put("dueBeforeMinor", edit.dueBefore().amountMinor());
            totals.put("dueAfterMinor", edit.dueAfter().amountMinor());
            totals.put("currency", edit.totalAfter().currency());
            map.put("totals", totals);
            return map;
        }
    }

    public record InventoryReduced(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                   String orderNumber, Map<ProductId, Integer> quantities,
                                   Map<ProductId, UUID> sellers) implements OrderEvent {
        @Override
        public String type() {
            return "order:inventory-reduced";
        }

        @Override
        public Map<String, Object> payload() {
            return inventoryPayload(aggregateId, orderNumber, quantities, sellers);
        }
    }

    public record InventoryRestored(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                    String orderNumber, Map<ProductId, Integer> quantities,
                                   Map<ProductId, UUID> sellers) implements OrderEvent {
        @Override
        public String type() {
            return "order:inventory-restored";
        }

        @Override
        public Map<String, Object> payload() {
            return inventoryPayload(aggregateId, orderNumber, quantities, sellers);
        }
    }

    /** All of the order's units arrived, and it is paid in full: the order is complete. */
    public record OrderCompleted(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                 String orderNumber) implements OrderEvent {
        @Override
        public String type() {
            return "order:completed";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("orderId", aggregateId.toString(), "orderNumber", orderNumber,
                    "status", OrderStatus.COMPLETED.name(), "completedAt", occurredAt.toString());
        }
    }

    /**
     * A delivery of the order left ({@code order:shipped}) or arrived ({@code order:delivered}): the milestone
     * as the customer sees it, with the delivery's carrier, tracking number and lines.
     *
     * @param lines each with lineNo, productId, sku, name, quantity and sellerId
     */
    public record DeliveryMilestone(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                    boolean arrived, String orderNumber, UUID deliveryId, String deliveryNumber,
                                    String carrier, String trackingNumber, List<Map<String, Object>> lines)
            implements OrderEvent {
        @Override
        public String type() {
            return arrived ? "order:delivered" : "order:shipped";
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("orderId", aggregateId.toString());
            map.put("orderNumber", orderNumber);
            map.put("deliveryId", deliveryId.toString());
            map.put("deliveryNumber", deliveryNumber);
            map.put("carrier", carrier);
            map.put("trackingNumber", trackingNumber);
            map.put(arrived ? "deliveredAt" : "shippedAt", occurredAt.toString());
            map.put("lines", lines);
            return map;
        }
    }

    /** Each product names its seller, so that a seller's view of the event can keep only theirs. */
    private static Map<String, Object> inventoryPayload(UUID orderId, String orderNumber,
                                                        Map<ProductId, Integer> quantities,
                                                        Map<ProductId, UUID> sellers) {
        List<Map<String, Object>> affected = new ArrayList<>();
        quantities.forEach((product, quantity) -> affected.add(Map.of("productId", product.value().toString(),
                "quantity", quantity, "sellerId", sellers.get(product).toString())));
        return Map.of("orderId", orderId.toString(), "orderNumber", orderNumber, "affectedProducts", affected);
    }
}
