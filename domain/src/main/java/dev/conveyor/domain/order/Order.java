package dev.conveyor.domain.order;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.event.PendingEvents;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The order aggregate: its lines with their quantities, and the life-cycle
 * status. Fulfilment status and progress are derived from the lines; the
 * payment status is kept from the payment ledger. Its price (taxes, shipping,
 * discounts) is copied at placement: changing a rate never alters an order.
 */
public final class Order {

    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY_PER_LINE = 10_000;
    public static final int MAX_NOTES = 2000;

    private final OrderId id;
    private final OrderNumber number;
    private final UserId customerId;
    private List<OrderLine> lines;
    private Address shippingAddress;
    private final String notes;
    private PriceBreakdown price;
    private OrderStatus status;
    private PaymentStatus paymentStatus;
    private final Instant placedAt;
    private final Instant cancellableUntil;
    private Instant confirmedAt;
    private Instant cancelledAt;
    private String cancellationReason;
    private Instant updatedAt;
    private final long version;
    private final PendingEvents events = new PendingEvents();

    private Order(OrderId id, OrderNumber number, UserId customerId, List<OrderLine> lines, Address shippingAddress,
                  String notes, PriceBreakdown price, OrderStatus status, PaymentStatus paymentStatus, Instant placedAt,
                  Instant cancellableUntil, Instant confirmedAt, Instant cancelledAt, String cancellationReason,
                  Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.customerId = Objects.requireNonNull(customerId);
        this.lines = List.copyOf(lines);
        this.shippingAddress = Objects.requireNonNull(shippingAddress);
        this.notes = notes;
        this.price = Objects.requireNonNull(price);
        requirePricedAsOrdered(this.lines, price);
        this.status = Objects.requireNonNull(status);
        this.paymentStatus = Objects.requireNonNull(paymentStatus);
        this.placedAt = Objects.requireNonNull(placedAt);
        this.cancellableUntil = Objects.requireNonNull(cancellableUntil);
        this.confirmedAt = confirmedAt;
        this.cancelledAt = cancelledAt;
        this.cancellationReason = cancellationReason;
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /**
     * A new order whose stock has been reserved, priced by the pricing function
     * (one breakdown line per item, in the same order). Every item must be in
     * one currency; lines are numbered in the order given.
     */
    public static Order place(OrderId id, long sequence, UserId customerId, List<OrderItem> items,
                              PriceBreakdown price, Address shippingAddress, String notes, Instant now,
                              Duration cancellationWindow) {
        if (items.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        if (items.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "an order has at most " + MAX_LINES + " lines");
        }
        List<OrderLine> lines = new ArrayList<>(items.size());
        String currency = items.get(0).unitPrice().currency();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            if (!item.unitPrice().currency().equals(currency)) {
                throw new InvalidInputException("lines[" + i + "].productId",
                        "all products of one order must be priced in one currency; " + item.sku() + " is in "
                                + item.unitPrice().currency() + ", not " + currency);
            }
            if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY_PER_LINE) {
                throw new InvalidInputException("lines[" + i + "].quantity",
                        "quantity must be between 1 and " + MAX_QUANTITY_PER_LINE);
            }
            lines.add(OrderLine.of(i + 1, item));
        }
        int year = now.atZone(ZoneOffset.UTC).getYear();
        Order order = new Order(id, OrderNumber.of(year, sequence), customerId, lines, shippingAddress, notes, price,
                OrderStatus.PENDING, PaymentStatus.UNPAID, now, now.plus(cancellationWindow), null, null, null, now,
                0);
        order.record(new OrderEvents.OrderCreated(order.id.value(), order.customerId.value(), order.sellerIds(), now,
                order.snapshot()));
        order.record(new OrderEvents.InventoryReduced(order.id.value(), order.customerId.value(), order.sellerIds(),
                now, order.number.value(), order.quantitiesByProduct(OrderLine::quantity), order.sellersByProduct()));
        return order;
    }

    public static Order rehydrate(OrderId id, OrderNumber number, UserId customerId, List<OrderLine> lines,
                                  Address shippingAddress, String notes, PriceBreakdown price, OrderStatus status,
                                  PaymentStatus paymentStatus, Instant placedAt, Instant cancellableUntil,
                                  Instant confirmedAt, Instant cancelledAt, String cancellationReason,
                                  Instant updatedAt, long version) {
        return new Order(id, number, customerId, lines, shippingAddress, notes, price, status, paymentStatus,
                placedAt, cancellableUntil, confirmedAt, cancelledAt, cancellationReason, updatedAt, version);
    }

    /** The server confirms an order once its cancellation window has closed. */
    public void confirm(Instant now) {
        if (status != OrderStatus.PENDING) {
            throw new InvalidStatusTransitionException(status, OrderStatus.CONFIRMED, Set.of());
        }
        if (isInsideCancellationWindow(now)) {
            throw new ConflictException("CANCELLATION_WINDOW_OPEN",
                    "order " + number + " can be cancelled by its customer until " + cancellableUntil);
        }
        status = OrderStatus.CONFIRMED;
        confirmedAt = now;
        updatedAt = now;
        record(new OrderEvents.OrderConfirmed(id.value(), customerId.value(), sellerIds(), now, number.value()));
    }

    /**
     * The customer cancels their own order: only while it is pending and the
     * window is open. Returns the units to give back to stock, per product.
     */
    public Map<ProductId, Integer> cancelByCustomer(UserId caller, String reason, Instant now) {
        if (!customerId.equals(caller)) {
            throw new ForbiddenException("only the customer who placed order " + number + " may cancel it");
        }
        if (status.isFinal()) {
            throw new InvalidStatusTransitionException(status, OrderStatus.CANCELLED, Set.of());
        }
        if (status != OrderStatus.PENDING || !isInsideCancellationWindow(now)) {
            throw new ConflictException("CANCELLATION_WINDOW_CLOSED", "order " + number
                    + " can no longer be cancelled by its customer: the window closed at " + cancellableUntil);
        }
        return cancel(caller, reason, now);
    }

    /** Staff and administrators cancel any open order until its first shipment. */
    public Map<ProductId, Integer> cancelByStaff(UserId caller, String reason, Instant now) {
        if (!staffMayCancel()) {
            throw new InvalidStatusTransitionException(status, OrderStatus.CANCELLED, allowedManualTransitions());
        }
        return cancel(caller, reason, now);
    }

    /**
     * A manual status change by staff (or by a seller of one of its lines):
     * start processing, or cancel. Everything else follows from events
     * (confirmation, deliveries, payments).
     */
    public void startProcessing(Instant now) {
        if (status != OrderStatus.CONFIRMED) {
            throw new InvalidStatusTransitionException(status, OrderStatus.PROCESSING, allowedManualTransitions());
        }
        OrderStatus previous = status;
        status = OrderStatus.PROCESSING;
        updatedAt = now;
        record(new OrderEvents.OrderUpdated(id.value(), customerId.value(), sellerIds(), now, previous.name(),
                snapshot()));
    }

    /**
     * Puts units of some lines into a new delivery: each at most what remains of
     * its line. The first delivery of a confirmed order starts its processing.
     *
     * @param quantities units per line number
     */
    public void allocate(Map<Integer, Integer> quantities, Instant now) {
        requireFulfillable();
        List<OrderLine> changed = changeLines(quantities, (line, q) -> {
            if (q > line.remaining()) {
                throw new ConflictException("QUANTITY_EXCEEDS_REMAINING", "line " + line.lineNo() + " of order "
                        + number + " has " + line.remaining() + " units left to deliver, " + q + " requested");
            }
            return line.withFulfilment(line.shipped(), line.delivered(), line.allocated() + q);
        });
        OrderStatus previous = status;
        if (status == OrderStatus.CONFIRMED) {
            status = OrderStatus.PROCESSING;
        }
        applyFulfilment(changed, previous, now);
    }

    /** The units of a delivery left the warehouse. */
    public void ship(Map<Integer, Integer> quantities, Instant now) {
        requireFulfillable();
        applyFulfilment(changeLines(quantities, (line, q) -> {
            requireAtMost(q, line.allocated(), "allocated", line);
            return line.withFulfilment(line.shipped() + q, line.delivered(), line.allocated() - q);
        }), status, now);
    }

    /** The units of a shipped delivery arrived; a delivered and paid order is complete. */
    public void deliver(Map<Integer, Integer> quantities, Instant now) {
        requireFulfillable();
        applyFulfilment(changeLines(quantities, (line, q) -> {
            requireAtMost(q, line.shipped() - line.delivered(), "on their way", line);
            return line.withFulfilment(line.shipped(), line.delivered() + q, line.allocated());
        }), status, now);
    }

    /** A delivery was cancelled before it shipped: its units are remaining again. */
    public void releaseAllocation(Map<Integer, Integer> quantities, Instant now) {
        requireFulfillable();
        applyFulfilment(changeLines(quantities, (line, q) -> {
            requireAtMost(q, line.allocated(), "allocated", line);
            return line.withFulfilment(line.shipped(), line.delivered(), line.allocated() - q);
        }), status, now);
    }

    /**
     * Staff (or a seller, for their lines) cancel units no delivery holds yet:
     * their reservation goes back to stock, and the order no longer expects
     * them, nor charges for them. Units in a delivery that has not shipped are
     * not remaining: that delivery is cancelled first. When no unit is expected
     * any more (nothing shipped), the order is cancelled.
     *
     * @param quantities units per line number
     * @return the units to give back to stock, per product
     */
    public Map<ProductId, Integer> cancelLines(Map<Integer, Integer> quantities, UserId caller, String reason,
                                               Instant now) {
        if (status.isFinal()) {
            throw new ConflictException("ORDER_CLOSED", "order " + number + " is " + status
                    + "; its lines can no longer be cancelled");
        }
        List<OrderLine> changed = changeLines(quantities, (line, q) -> {
            if (q > line.remaining()) {
                String pending = line.allocated() == 0 ? "" : " (" + line.allocated()
                        + " more are in a delivery that has not shipped: cancel that delivery first)";
                throw new ConflictException("QUANTITY_EXCEEDS_REMAINING", "line " + line.lineNo() + " of order "
                        + number + " has " + line.remaining() + " units left to ship" + pending + ", "
                        + q + " requested to cancel");
            }
            return line.cancelRemaining(q);
        });
        Map<ProductId, Integer> released = new TreeMap<>();
        List<OrderEvents.CancelledLine> cancelled = new ArrayList<>();
        new TreeMap<>(quantities).forEach((lineNo, q) -> {
            OrderLine line = lines.get(indexOfLine(lineNo));
            released.merge(line.productId(), q, Integer::sum);
            cancelled.add(new OrderEvents.CancelledLine(line, q));
        });
        record(new OrderEvents.LinesCancelled(id.value(), customerId.value(), sellerIds(), now, number.value(),
                reason, caller.value(), cancelled));
        record(new OrderEvents.InventoryRestored(id.value(), customerId.value(), sellerIds(), now, number.value(),
                released, sellersByProduct()));
        if (changed.stream().allMatch(l -> l.active() == 0)) {
            lines = List.copyOf(changed);
            status = OrderStatus.CANCELLED;
            cancelledAt = now;
            cancellationReason = reason;
            updatedAt = now;
            record(new OrderEvents.OrderCancelled(id.value(), customerId.value(), sellerIds(), now, number.value(),
                    reason, caller.value()));
        } else {
            applyFulfilment(changed, status, now);
        }
        return released;
    }

    /**
     * Changes quantities, lines, the shipping address or method of an open order, in one step. A line cannot
     * order fewer units than it shipped, holds in pending deliveries or cancelled; a line with shipped or
     * allocated units cannot be removed; the address and the method change only while nothing has shipped,
     * and the address stays in its country and region (the order's tax rates were copied for them). The
     * order is re-priced: every line keeps its copied unit price, rate and (for its units kept) discount, new
     * lines and a new method come priced, and the shipping charge stays as copied unless the method changes.
     * Customers edit only pending orders (the caller decides who may edit at all).
     *
     * @return the edit as kept in the history, and the units to reserve (positive) or release (negative) per
     *         product, in product id order
     */
    public Edited edit(UUID editId, List<OrderChange> changes, UserId editor, boolean byCustomer, Instant now) {
        if (changes.isEmpty()) {
            throw new InvalidInputException("changes", "an edit needs at least one change");
        }
        if (status.isFinal()) {
            throw new ConflictException("ORDER_CLOSED", "order " + number + " is " + status
                    + "; it can no longer be edited");
        }
        if (byCustomer && status != OrderStatus.PENDING) {
            throw new ConflictException("ORDER_NOT_EDITABLE", "order " + number + " is " + status
                    + "; its customer edits it only while it is pending, the shop can still change it");
        }
        Map<ProductId, Integer> reservedBefore = quantitiesByProduct(OrderLine::reserved);
        Money totalBefore = total();
        Money dueBefore = amountDue();
        List<OrderLine> newLines = new ArrayList<>(lines);
        List<PriceBreakdown.Line> newPrices = new ArrayList<>(price.lines());
        Address newAddress = shippingAddress;
        PriceBreakdown.Shipping newShipping = price.shipping();
        List<OrderEdit.Change> applied = new ArrayList<>();
        int nextLineNo = lines.stream().mapToInt(OrderLine::lineNo).max().orElse(0) + 1;
        for (int i = 0; i < changes.size(); i++) {
            String field = "changes[" + i + "]";
            OrderChange change = changes.get(i);
            if (change instanceof OrderChange.SetQuantity set) {
                int index = indexIn(newLines, set.lineNo(), field + ".lineNo");
                OrderLine line = newLines.get(index);
                int floor = Math.max(1, line.shipped() + line.allocated() + line.cancelled());
                if (set.quantity() < floor) {
                    throw new OrderLineConflictException("QUANTITY_BELOW_FULFILLED", field + ".quantity",
                            "line " + line.lineNo() + " of order " + number + " has " + line.shipped()
                                    + " units shipped, " + line.allocated() + " in a delivery that has not shipped and "
                                    + line.cancelled() + " cancelled; it cannot order fewer than " + floor);
                }
                newLines.set(index, line.withQuantity(set.quantity()));
                newPrices.set(index, newPrices.get(index).withQuantity(set.quantity(), price.pricesIncludeTax()));
                applied.add(OrderEdit.Change.ofLine(OrderEdit.ChangeType.SET_QUANTITY, line, line.quantity(),
                        set.quantity()));
            } else if (change instanceof OrderChange.RemoveLine remove) {
                int index = indexIn(newLines, remove.lineNo(), field + ".lineNo");
                OrderLine line = newLines.get(index);
                if (line.shipped() + line.allocated() > 0) {
                    throw new OrderLineConflictException("LINE_IN_FULFILMENT", field + ".lineNo",
                            "line " + line.lineNo() + " of order " + number + " has units shipped or in a delivery; "
                                    + "set its quantity to what is shipped and allocated instead");
                }
                newLines.remove(index);
                newPrices.remove(index);
                applied.add(OrderEdit.Change.ofLine(OrderEdit.ChangeType.REMOVE_LINE, line, line.quantity(), 0));
            } else if (change instanceof OrderChange.AddLine add) {
                if (!add.item().unitPrice().currency().equals(price.currency())) {
                    throw new InvalidInputException(field + ".productId", add.item().sku() + " is priced in "
                            + add.item().unitPrice().currency() + ", order " + number + " in " + price.currency());
                }
                OrderLine line = OrderLine.of(nextLineNo++, add.item());
                newLines.add(line);
                newPrices.add(add.price());
                applied.add(OrderEdit.Change.ofLine(OrderEdit.ChangeType.ADD_LINE, line, 0, line.quantity()));
            } else if (change instanceof OrderChange.ShippingAddress moved) {
                requireNothingShipped(field);
                Address to = moved.address();
                if (!to.country().equals(shippingAddress.country())
                        || !Objects.equals(normalRegion(to.region()), normalRegion(shippingAddress.region()))) {
                    throw new InvalidInputException(field + ".shippingAddress.country", "order " + number
                            + " was taxed for " + shippingAddress.country()
                            + (shippingAddress.region() == null ? "" : "/" + shippingAddress.region())
                            + "; an edit keeps the address in that country and region");
                }
                newAddress = to;
                applied.add(new OrderEdit.Change(OrderEdit.ChangeType.SHIPPING_ADDRESS, null, null, null, null, null,
                        null, to, null));
            } else if (change instanceof OrderChange.ShippingMethod method) {
                requireNothingShipped(field);
                newShipping = method.shipping();
                applied.add(new OrderEdit.Change(OrderEdit.ChangeType.SHIPPING_METHOD, null, null, null, null, null,
                        null, null, newShipping == null ? null : newShipping.name()));
            }
        }
        if (newLines.size() > MAX_LINES) {
            throw new InvalidInputException("changes", "an order has at most " + MAX_LINES + " lines");
        }
        if (newLines.stream().allMatch(l -> l.active() == 0)) {
            throw new ConflictException("ORDER_WOULD_BE_EMPTY", "the edit leaves order " + number
                    + " without any unit; cancel the order instead");
        }
        PriceBreakdown newPrice = PriceBreakdown.of(price.currency(), price.pricesIncludeTax(), newPrices,
                newShipping, price.promotions());
        requirePricedAsOrdered(newLines, newPrice);
        FulfillmentStatus fulfillmentBefore = fulfillmentStatus();
        int progressBefore = progress();
        Set<UUID> sellersBefore = sellerIds();
        Map<ProductId, UUID> sellersBeforeByProduct = sellersByProduct();
        lines = List.copyOf(newLines);
        price = newPrice;
        shippingAddress = newAddress;
        updatedAt = now;
        Map<ProductId, Integer> stock = new TreeMap<>();
        reservedBefore.forEach((product, q) -> stock.merge(product, -q, Integer::sum));
        quantitiesByProduct(OrderLine::reserved).forEach((product, q) -> stock.merge(product, q, Integer::sum));
        stock.values().removeIf(q -> q == 0);
        OrderEdit edit = new OrderEdit(editId, id, editor, now, applied, totalBefore, total(), dueBefore,
                amountDue());
        // sellers whose lines left the order still hear of it
        Set<UUID> audience = new LinkedHashSet<>(sellersBefore);
        audience.addAll(sellerIds());
        record(new OrderEvents.OrderEdited(id.value(), customerId.value(), audience, now, number.value(), edit));
        Map<ProductId, Integer> reduced = new TreeMap<>();
        Map<ProductId, Integer> restored = new TreeMap<>();
        stock.forEach((product, q) -> (q > 0 ? reduced : restored).put(product, Math.abs(q)));
        Map<ProductId, UUID> sellers = new TreeMap<>(sellersBeforeByProduct);
        sellers.putAll(sellersByProduct());
        if (!reduced.isEmpty()) {
            record(new OrderEvents.InventoryReduced(id.value(), customerId.value(), audience, now, number.value(),
                    reduced, sellers));
        }
        if (!restored.isEmpty()) {
            record(new OrderEvents.InventoryRestored(id.value(), customerId.value(), audience, now, number.value(),
                    restored, sellers));
        }
        record(new OrderEvents.OrderUpdated(id.value(), customerId.value(), audience, now, status.name(),
                snapshot()));
        if (fulfillmentStatus() != fulfillmentBefore || progress() != progressBefore) {
            record(new OrderEvents.ProgressUpdated(id.value(), customerId.value(), audience, now, number.value(),
                    progress(), fulfillmentStatus(), status));
        }
        return new Edited(edit, stock);
    }

    /** @param stock units to reserve (positive) or release (negative) per product, in product id order */
    public record Edited(OrderEdit edit, Map<ProductId, Integer> stock) {
    }

    private void requireNothingShipped(String field) {
        if (lines.stream().anyMatch(l -> l.shipped() > 0)) {
            throw new OrderLineConflictException("ORDER_SHIPPED", field + ".type", "order " + number
                    + " has shipped units; its shipping address and method no longer change");
        }
    }

    private static String normalRegion(String region) {
        return region == null || region.isBlank() ? null : region.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private int indexIn(List<OrderLine> current, int lineNo, String field) {
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).lineNo() == lineNo) {
                return i;
            }
        }
        throw new InvalidInputException(field, "order " + number + " has no line " + lineNo);
    }

    /** A shipped delivery failed and came back: its units are remaining (and reserved) again. */
    public void returnShipment(Map<Integer, Integer> quantities, Instant now) {
        requireFulfillable();
        applyFulfilment(changeLines(quantities, (line, q) -> {
            requireAtMost(q, line.shipped() - line.delivered(), "on their way", line);
            return line.withFulfilment(line.shipped() - q, line.delivered(), line.allocated());
        }), status, now);
    }

    /**
     * The payment status the ledger derived. A delivered order that is paid in
     * full is complete.
     */
    public void updatePaymentStatus(PaymentStatus derived, Instant now) {
        Objects.requireNonNull(derived);
        if (derived == paymentStatus) {
            return;
        }
        PaymentStatus previousPayment = paymentStatus;
        OrderStatus previous = status;
        paymentStatus = derived;
        completeIfSettled();
        updatedAt = now;
        record(new OrderEvents.PaymentUpdated(id.value(), customerId.value(), sellerIds(), now,
                previousPayment.name(), snapshot()));
        if (status != previous) {
            record(new OrderEvents.OrderUpdated(id.value(), customerId.value(), sellerIds(), now, previous.name(),
                    snapshot()));
        }
        recordCompletion(previous, now);
    }

    /**
     * What the customer owes: of every line the part of its gross (discounted,
     * taxed) its units still expected carry, as invoices charge it; and the
     * shipping charge while any unit is still expected.
     */
    public Money amountDue() {
        return amountDueWithCredited(Map.of(), false);
    }

    /**
     * What the order charges before its credit notes are taken off: as {@link #amountDue()}, except that
     * units a credit note gave back stay charged when they were cancelled or edited away afterwards, and so
     * does a shipping charge given back after the last unit went. Their credit notes already took them off;
     * dropping them here too would give the customer the same money twice.
     *
     * @param creditedUnits units credited per line number
     */
    public Money amountDueWithCredited(Map<Integer, Integer> creditedUnits, boolean shippingCredited) {
        long due = 0;
        boolean expected = false;
        for (int i = 0; i < lines.size(); i++) {
            int active = lines.get(i).active();
            int charged = Math.max(active, creditedUnits.getOrDefault(lines.get(i).lineNo(), 0));
            due = Math.addExact(due, price.lines().get(i).grossOf(charged));
            expected |= active > 0;
        }
        if ((expected || shippingCredited) && price.shipping() != null) {
            due = Math.addExact(due, price.shipping().gross());
        }
        return Money.of(due, price.currency());
    }

    /** The breakdown must describe these lines: same products, quantities, prices and currency. */
    private static void requirePricedAsOrdered(List<OrderLine> lines, PriceBreakdown price) {
        boolean matches = price.lines().size() == lines.size();
        for (int i = 0; matches && i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            PriceBreakdown.Line priced = price.lines().get(i);
            matches = priced.productId().equals(line.productId()) && priced.quantity() == line.quantity()
                    && priced.unitPrice() == line.unitPrice().amountMinor()
                    && price.currency().equals(line.unitPrice().currency());
        }
        if (!matches) {
            throw new IllegalArgumentException("the price breakdown does not describe the order's lines");
        }
    }

    public Optional<OrderLine> line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
    }

    private void requireFulfillable() {
        if (status == OrderStatus.PENDING) {
            throw new ConflictException("ORDER_NOT_CONFIRMED", "order " + number
                    + " is inside its cancellation window; it can be delivered once it is confirmed");
        }
        if (status.isFinal()) {
            throw new ConflictException("ORDER_CLOSED", "order " + number + " is " + status
                    + "; its deliveries can no longer change");
        }
    }

    private static void requireAtMost(int quantity, int available, String what, OrderLine line) {
        if (quantity > available) {
            throw new ConflictException("QUANTITY_MISMATCH", "line " + line.lineNo() + " has " + available
                    + " units " + what + ", not " + quantity);
        }
    }

    private List<OrderLine> changeLines(Map<Integer, Integer> quantities,
                                        java.util.function.BiFunction<OrderLine, Integer, OrderLine> change) {
        if (quantities.isEmpty()) {
            throw new InvalidInputException("lines", "at least one line is needed");
        }
        List<OrderLine> changed = new ArrayList<>(lines);
        quantities.forEach((lineNo, quantity) -> {
            int index = indexOfLine(lineNo);
            if (quantity < 1) {
                throw new InvalidInputException("lines", "the quantity of line " + lineNo + " must be positive");
            }
            changed.set(index, change.apply(changed.get(index), quantity));
        });
        return changed;
    }

    private int indexOfLine(int lineNo) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).lineNo() == lineNo) {
                return i;
            }
        }
        throw new InvalidInputException("lines", "order " + number + " has no line " + lineNo);
    }

    private void applyFulfilment(List<OrderLine> changed, OrderStatus previous, Instant now) {
        FulfillmentStatus fulfillmentBefore = fulfillmentStatus();
        int progressBefore = progress();
        lines = List.copyOf(changed);
        completeIfSettled();
        updatedAt = now;
        record(new OrderEvents.OrderUpdated(id.value(), customerId.value(), sellerIds(), now, previous.name(),
                snapshot()));
        if (fulfillmentStatus() != fulfillmentBefore || progress() != progressBefore) {
            record(new OrderEvents.ProgressUpdated(id.value(), customerId.value(), sellerIds(), now, number.value(),
                    progress(), fulfillmentStatus(), status));
        }
        recordCompletion(previous, now);
    }

    /** The milestone, after the events that tell the change in full. */
    private void recordCompletion(OrderStatus previous, Instant now) {
        if (status == OrderStatus.COMPLETED && previous != OrderStatus.COMPLETED) {
            record(new OrderEvents.OrderCompleted(id.value(), customerId.value(), sellerIds(), now, number.value()));
        }
    }

    /**
     * Paid, or partly given back: by a credit note (what is due is then net of it), or at the gateway by the
     * shop's own hand, which the shop decided; either way nothing more is asked of the customer.
     */
    private void completeIfSettled() {
        boolean settled = paymentStatus == PaymentStatus.PAID || paymentStatus == PaymentStatus.PARTIALLY_REFUNDED;
        if (status.canBecome(OrderStatus.COMPLETED) && fulfillmentStatus() == FulfillmentStatus.DELIVERED && settled) {
            status = OrderStatus.COMPLETED;
        }
    }

    /** The statuses a member of staff may set by hand right now. */
    public Set<OrderStatus> allowedManualTransitions() {
        Set<OrderStatus> allowed = EnumSet.noneOf(OrderStatus.class);
        if (status == OrderStatus.CONFIRMED) {
            allowed.add(OrderStatus.PROCESSING);
        }
        if (staffMayCancel()) {
            allowed.add(OrderStatus.CANCELLED);
        }
        return allowed;
    }

    private boolean staffMayCancel() {
        return status.canBecome(OrderStatus.CANCELLED) && lines.stream().allMatch(l -> l.shipped() == 0);
    }

    private Map<ProductId, Integer> cancel(UserId caller, String reason, Instant now) {
        Map<ProductId, Integer> released = quantitiesToRelease();
        lines = lines.stream().map(OrderLine::cancelReserved).toList();
        status = OrderStatus.CANCELLED;
        cancelledAt = now;
        cancellationReason = reason;
        updatedAt = now;
        record(new OrderEvents.OrderCancelled(id.value(), customerId.value(), sellerIds(), now, number.value(),
                reason, caller.value()));
        if (!released.isEmpty()) {
            record(new OrderEvents.InventoryRestored(id.value(), customerId.value(), sellerIds(), now,
                    number.value(), released, sellersByProduct()));
        }
        return released;
    }

    private Map<ProductId, UUID> sellersByProduct() {
        Map<ProductId, UUID> sellers = new TreeMap<>();
        for (OrderLine line : lines) {
            sellers.put(line.productId(), line.sellerId().value());
        }
        return sellers;
    }

    private Map<ProductId, Integer> quantitiesToRelease() {
        Map<ProductId, Integer> released = quantitiesByProduct(OrderLine::reserved);
        released.values().removeIf(q -> q == 0);
        return released;
    }

    /** Per product (sorted by id, the order stock rows are locked in), summed over lines. */
    public Map<ProductId, Integer> quantitiesByProduct(java.util.function.ToIntFunction<OrderLine> quantity) {
        Map<ProductId, Integer> byProduct = new TreeMap<>();
        for (OrderLine line : lines) {
            byProduct.merge(line.productId(), quantity.applyAsInt(line), Integer::sum);
        }
        return byProduct;
    }

    public boolean isInsideCancellationWindow(Instant now) {
        return now.isBefore(cancellableUntil);
    }

    public FulfillmentStatus fulfillmentStatus() {
        int active = 0;
        int shipped = 0;
        int delivered = 0;
        for (OrderLine line : lines) {
            active += line.active();
            shipped += line.shipped();
            delivered += line.delivered();
        }
        if (active > 0 && delivered == active) {
            return FulfillmentStatus.DELIVERED;
        }
        if (delivered > 0) {
            return FulfillmentStatus.PARTIALLY_DELIVERED;
        }
        if (active > 0 && shipped == active) {
            return FulfillmentStatus.SHIPPED;
        }
        if (shipped > 0) {
            return FulfillmentStatus.PARTIALLY_SHIPPED;
        }
        return FulfillmentStatus.UNFULFILLED;
    }

    /** Delivered units as a whole percentage of the units still expected. */
    public int progress() {
        long active = 0;
        long delivered = 0;
        for (OrderLine line : lines) {
            active += line.active();
            delivered += line.delivered();
        }
        return active == 0 ? 0 : (int) (delivered * 100 / active);
    }

    public boolean hasLinesOf(UserId sellerId) {
        return lines.stream().anyMatch(l -> l.sellerId().equals(sellerId));
    }

    public Set<UUID> sellerIds() {
        Set<UUID> sellers = new LinkedHashSet<>();
        lines.forEach(l -> sellers.add(l.sellerId().value()));
        return Collections.unmodifiableSet(sellers);
    }

    public OrderEvents.OrderSnapshot snapshot() {
        return new OrderEvents.OrderSnapshot(this);
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    private void record(DomainEvent event) {
        events.add(event);
    }

    public OrderId id() {
        return id;
    }

    public OrderNumber number() {
        return number;
    }

    public UserId customerId() {
        return customerId;
    }

    /**
     * Every line's units that no delivery holds and nobody cancelled, by line number; only the seller's lines
     * when a seller is given. Empty when nothing remains.
     */
    public Map<Integer, Integer> remainingUnits(UserId seller) {
        Map<Integer, Integer> quantities = new TreeMap<>();
        for (OrderLine line : lines) {
            if (line.remaining() > 0 && (seller == null || line.sellerId().equals(seller))) {
                quantities.put(line.lineNo(), line.remaining());
            }
        }
        return quantities;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Address shippingAddress() {
        return shippingAddress;
    }

    public String notes() {
        return notes;
    }

    /** The gross total: what the customer is charged for the whole order. */
    public Money total() {
        return Money.of(price.totals().gross(), price.currency());
    }

    public PriceBreakdown price() {
        return price;
    }

    public OrderStatus status() {
        return status;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant cancellableUntil() {
        return cancellableUntil;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version read from storage; saving checks that nobody changed it meanwhile. */
    public long version() {
        return version;
    }
}
