package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderEdit;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public interface EditOrderUseCase {

    /** Changes one edit may carry; an order holds at most {@link Order#MAX_LINES} lines anyway. */
    int MAX_CHANGES = 100;

    /**
     * Staff and administrators edit any open order, its customer only while it is pending: quantities, lines,
     * the shipping address or method, all in one transaction with the stock they reserve or release. The
     * order is re-priced with its copied rates; what it costs more becomes due, what it costs less becomes
     * refundable (offered, never refunded here). The edit is kept in the order's history.
     *
     * @param idempotencyKey null when the client sent none; a retry with it edits nothing more
     * @throws dev.conveyor.domain.shared.ConflictException STALE_VERSION, QUANTITY_BELOW_FULFILLED,
     *         LINE_IN_FULFILMENT, ORDER_SHIPPED, ORDER_WOULD_BE_EMPTY, ORDER_NOT_EDITABLE, ORDER_CLOSED, OUT_OF_STOCK,
     *         PRODUCT_UNAVAILABLE
     */
    EditedOrder edit(Actor actor, OrderId orderId, EditOrderCommand command, IdempotencyKey idempotencyKey);

    /** @param replayed true when an earlier request with the same key made the edit */
    record EditedOrder(OrderView order, boolean replayed) {
    }

    /** @param expectedVersion the order's version the caller edited (its ETag); an edit always names it */
    record EditOrderCommand(List<Change> changes, long expectedVersion) {

        public EditOrderCommand {
            changes = List.copyOf(Check.notNull("changes", changes));
            if (changes.isEmpty()) {
                throw new InvalidInputException("changes", "an edit needs at least one change");
            }
            if (changes.size() > MAX_CHANGES) {
                throw new InvalidInputException("changes", "an edit carries at most " + MAX_CHANGES + " changes");
            }
            Set<Integer> lines = new HashSet<>();
            Set<OrderEdit.ChangeType> once = EnumSet.noneOf(OrderEdit.ChangeType.class);
            for (int i = 0; i < changes.size(); i++) {
                Change change = Check.notNull("changes[" + i + "]", changes.get(i));
                if (change.namesLine() && !lines.add(change.lineNo())) {
                    throw new InvalidInputException("changes[" + i + "].lineNo",
                            "line " + change.lineNo() + " is changed twice");
                }
                boolean orderWide = change.type() == OrderEdit.ChangeType.SHIPPING_ADDRESS
                        || change.type() == OrderEdit.ChangeType.SHIPPING_METHOD;
                if (orderWide && !once.add(change.type())) {
                    throw new InvalidInputException("changes[" + i + "].type", change.type() + " is given twice");
                }
            }
        }

        /** What makes two requests the same request, for the idempotency key. */
        public String fingerprint() {
            Fingerprint fingerprint = new Fingerprint().field(Long.toString(expectedVersion));
            for (Change change : changes) {
                fingerprint.field(change.type().name()).field(change.lineNo() + "x" + change.quantity())
                        .field(change.productId() == null ? null : change.productId().toString())
                        .field(change.methodId() == null ? null : change.methodId().toString());
                if (change.address() != null) {
                    fingerprint.address(change.address());
                }
            }
            return fingerprint.toString();
        }
    }

    /**
     * One change; {@code type} says which members it uses (the others are 0 or null). Made by the factories,
     * which validate what the type needs.
     *
     * @param quantity SET_QUANTITY: the units the line orders after the edit (shipped and cancelled ones
     *                 included); ADD_LINE: the units of the new line, at the product's price now
     * @param methodId SHIPPING_METHOD: the new method; null to ship without one (nothing charged)
     */
    record Change(OrderEdit.ChangeType type, int lineNo, int quantity, ProductId productId, Address address,
                  ShippingMethodId methodId) {

        public Change {
            Check.notNull("type", type);
        }

        public static Change setQuantity(int lineNo, int quantity) {
            return new Change(OrderEdit.ChangeType.SET_QUANTITY, Check.range("lineNo", lineNo, 1, Integer.MAX_VALUE),
                    Check.range("quantity", quantity, 1, Order.MAX_QUANTITY_PER_LINE), null, null, null);
        }

        public static Change addLine(ProductId productId, int quantity) {
            return new Change(OrderEdit.ChangeType.ADD_LINE, 0,
                    Check.range("quantity", quantity, 1, Order.MAX_QUANTITY_PER_LINE),
                    Check.notNull("productId", productId), null, null);
        }

        public static Change removeLine(int lineNo) {
            return new Change(OrderEdit.ChangeType.REMOVE_LINE, Check.range("lineNo", lineNo, 1, Integer.MAX_VALUE),
                    0, null, null, null);
        }

        public static Change shippingAddress(Address address) {
            return new Change(OrderEdit.ChangeType.SHIPPING_ADDRESS, 0, 0, null,
                    Check.notNull("shippingAddress", address), null);
        }

        public static Change shippingMethod(ShippingMethodId methodId) {
            return new Change(OrderEdit.ChangeType.SHIPPING_METHOD, 0, 0, null, null, methodId);
        }

        boolean namesLine() {
            return type == OrderEdit.ChangeType.SET_QUANTITY || type == OrderEdit.ChangeType.REMOVE_LINE;
        }
    }
}
