package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
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
            boolean address = false;
            boolean method = false;
            for (int i = 0; i < changes.size(); i++) {
                Change change = Check.notNull("changes[" + i + "]", changes.get(i));
                Integer lineNo = change instanceof SetQuantity set ? Integer.valueOf(set.lineNo())
                        : change instanceof RemoveLine remove ? Integer.valueOf(remove.lineNo()) : null;
                if (lineNo != null && !lines.add(lineNo)) {
                    throw new InvalidInputException("changes[" + i + "].lineNo",
                            "line " + lineNo + " is changed twice");
                }
                if (change instanceof ShippingAddress && address || change instanceof ShippingMethod && method) {
                    throw new InvalidInputException("changes[" + i + "].type", "the " + (address
                            ? "shipping address" : "shipping method") + " is changed twice");
                }
                address |= change instanceof ShippingAddress;
                method |= change instanceof ShippingMethod;
            }
        }

        /** What makes two requests the same request, for the idempotency key. */
        public String fingerprint() {
            Fingerprint fingerprint = new Fingerprint().field(Long.toString(expectedVersion));
            for (Change change : changes) {
                if (change instanceof SetQuantity set) {
                    fingerprint.field("SET_QUANTITY").field(set.lineNo() + "x" + set.quantity());
                } else if (change instanceof AddLine add) {
                    fingerprint.field("ADD_LINE").field(add.productId() + "x" + add.quantity());
                } else if (change instanceof RemoveLine remove) {
                    fingerprint.field("REMOVE_LINE").field(Integer.toString(remove.lineNo()));
                } else if (change instanceof ShippingAddress moved) {
                    fingerprint.field("SHIPPING_ADDRESS").address(moved.address());
                } else if (change instanceof ShippingMethod method) {
                    fingerprint.field("SHIPPING_METHOD")
                            .field(method.methodId() == null ? null : method.methodId().toString());
                }
            }
            return fingerprint.toString();
        }
    }

    sealed interface Change {
    }

    /** @param quantity the units the line orders after the edit (shipped and cancelled ones included) */
    record SetQuantity(int lineNo, int quantity) implements Change {

        public SetQuantity {
            Check.range("lineNo", lineNo, 1, Integer.MAX_VALUE);
            Check.range("quantity", quantity, 1, Order.MAX_QUANTITY_PER_LINE);
        }
    }

    /** A new line of a product at its price now. */
    record AddLine(ProductId productId, int quantity) implements Change {

        public AddLine {
            Check.notNull("productId", productId);
            Check.range("quantity", quantity, 1, Order.MAX_QUANTITY_PER_LINE);
        }
    }

    record RemoveLine(int lineNo) implements Change {

        public RemoveLine {
            Check.range("lineNo", lineNo, 1, Integer.MAX_VALUE);
        }
    }

    record ShippingAddress(Address address) implements Change {

        public ShippingAddress {
            Check.notNull("address", address);
        }
    }

    /** @param methodId null to ship without a method (nothing charged for shipping) */
    record ShippingMethod(ShippingMethodId methodId) implements Change {
    }
}
