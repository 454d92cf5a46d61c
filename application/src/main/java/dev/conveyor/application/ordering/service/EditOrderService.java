package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.EditOrderUseCase;
import dev.conveyor.application.ordering.port.out.OrderEditRepositoryPort;
import dev.conveyor.application.pricing.port.in.PriceOrderCommand;
import dev.conveyor.application.pricing.port.in.PriceOrderEditQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.LineRejectedException;
import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderChange;
import dev.conveyor.domain.order.OrderEdit.ChangeType;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderLineConflictException;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One edit in one transaction, under the order's row lock (so it queues with deliveries, cancellations and
 * other edits of the order): the version check, the re-priced order, its stock reserved and released row by
 * row in product id order, the ledger settled again, the history entry and the events.
 */
final class EditOrderService implements EditOrderUseCase {

    private final OrderRepositoryPort orders;
    private final OrderEditRepositoryPort history;
    private final ProductRepositoryPort products;
    private final StockPort stock;
    private final PriceOrderEditQuery pricing;
    private final OrderAccess access;
    private final PaymentSettlement settlement;
    private final CreditNoteRepositoryPort creditNotes;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the ports an edit touches, each once
    EditOrderService(OrderRepositoryPort orders, OrderEditRepositoryPort history, ProductRepositoryPort products,
                     StockPort stock, PriceOrderEditQuery pricing, OrderAccess access, PaymentSettlement settlement,
                     CreditNoteRepositoryPort creditNotes, IdempotentExecutor idempotent, EventRecorder events,
                     Clock clock) {
        this.orders = orders;
        this.history = history;
        this.products = products;
        this.stock = stock;
        this.pricing = pricing;
        this.access = access;
        this.settlement = settlement;
        this.creditNotes = creditNotes;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public EditedOrder edit(Actor actor, OrderId orderId, EditOrderCommand command, IdempotencyKey idempotencyKey) {
        actor.requireUser();
        var outcome = idempotent.execute(actor, idempotencyKey, "edit-order",
                orderId + "|" + command.fingerprint(), id -> editInTransaction(actor, orderId, command, id));
        if (!outcome.replayed()) {
            events.committed(outcome.created());
        }
        return new EditedOrder(access.view(actor, access.load(actor, orderId)), outcome.replayed());
    }

    private List<DomainEvent> editInTransaction(Actor actor, OrderId orderId, EditOrderCommand command,
                                                UUID editId) {
        access.load(actor, orderId);
        // held until the commit: deliveries, cancellations and other edits of this order queue here
        Order order = orders.lockById(orderId).orElseThrow(() -> OrderAccess.notFound(orderId));
        boolean customer = !actor.isBackOffice() && actor.isUser(order.customerId());
        if (!actor.isBackOffice() && !customer) {
            throw new ForbiddenException("only staff and the order's customer edit an order");
        }
        if (command.expectedVersion() != order.version()) {
            throw new ConflictException("STALE_VERSION", "order " + order.number() + " changed since version "
                    + command.expectedVersion() + " (it is at version " + order.version() + "); read it again");
        }
        requireNoCreditedLineRemoved(order, command);
        Instant now = clock.instant();
        Order.Edited edited = order.edit(editId, changes(order, command), actor.userId(), customer, now);
        List<DomainEvent> stockAlerts = new ArrayList<>();
        // the domain lists the products by id: rows are touched in that order, so edits cannot deadlock
        edited.stock().forEach((productId, delta) -> {
            if (delta > 0) {
                reserve(command, order, productId, delta, now, stockAlerts);
            } else {
                stock.release(productId, -delta);
            }
        });
        // more or less is due now: the ledger decides the payment status again
        List<DomainEvent> invoiceEvents = settlement.settle(order, now);
        orders.updateEdited(order);
        history.insert(edited.edit());
        List<DomainEvent> recorded = new ArrayList<>(order.pullEvents());
        recorded.addAll(invoiceEvents);
        recorded.addAll(stockAlerts);
        events.append(actor, recorded);
        return recorded;
    }

    private void reserve(EditOrderCommand command, Order order, ProductId productId, int units, Instant now,
                         List<DomainEvent> stockAlerts) {
        StockPort.Reservation reservation = stock.reserve(productId, units);
        if (reservation instanceof StockPort.Refused refused) {
            throw RefusalErrors.of(refused, fieldOf(command, order, productId), units);
        }
        StockPort.Reserved reserved = (StockPort.Reserved) reservation;
        reserved.after().alertAfterChange(reserved.after().stock().available() + units, now)
                .ifPresent(stockAlerts::add);
    }

    /** The change that asked for more of the product, for the problem's field. */
    private static String fieldOf(EditOrderCommand command, Order order, ProductId productId) {
        for (int i = 0; i < command.changes().size(); i++) {
            Change change = command.changes().get(i);
            boolean added = change.type() == ChangeType.ADD_LINE && change.productId().equals(productId);
            boolean raised = change.type() == ChangeType.SET_QUANTITY && order.line(change.lineNo())
                    .filter(line -> line.productId().equals(productId)).isPresent();
            if (added || raised) {
                return "changes[" + i + "].quantity";
            }
        }
        return "changes";
    }

    /** The command's changes for the order: new lines and a new method priced now, the rest as asked. */
    /**
     * A line a credit note gave units of back stays on the order (its quantity may fall): the credit counts
     * those units as charged and given back, which it can only while the line is there to hold them.
     */
    private void requireNoCreditedLineRemoved(Order order, EditOrderCommand command) {
        List<Change> changes = command.changes();
        List<CreditNote> notes = null;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).type() != ChangeType.REMOVE_LINE) {
                continue;
            }
            notes = notes == null ? creditNotes.findByOrder(order.id()) : notes;
            int lineNo = changes.get(i).lineNo();
            int credited = CreditNote.creditedUnits(notes, lineNo);
            if (credited > 0) {
                throw new OrderLineConflictException("LINE_CREDITED", "changes[" + i + "].lineNo", "line " + lineNo
                        + " of order " + order.number() + " has " + credited + " units given back by credit notes; "
                        + "set its quantity instead");
            }
        }
    }

    private List<OrderChange> changes(Order order, EditOrderCommand command) {
        Map<ProductId, Product> added = addedProducts(command);
        PriceBreakdown priced = needsPricing(command) ? pricing.price(pricingOf(order, command, added)) : null;
        List<OrderChange> changes = new ArrayList<>();
        int addedLine = order.lines().size() - removedCount(command);
        for (Change change : command.changes()) {
            changes.add(switch (change.type()) {
                case SET_QUANTITY -> new OrderChange.SetQuantity(change.lineNo(), change.quantity());
                case REMOVE_LINE -> new OrderChange.RemoveLine(change.lineNo());
                case ADD_LINE -> {
                    Product product = added.get(change.productId());
                    yield new OrderChange.AddLine(new OrderItem(product.id(), product.sku(), product.details().name(),
                            product.price(), product.sellerId(), change.quantity()), priced.lines().get(addedLine++));
                }
                case SHIPPING_ADDRESS -> new OrderChange.ShippingAddress(change.address());
                case SHIPPING_METHOD ->
                        new OrderChange.ShippingMethod(change.methodId() == null ? null : priced.shipping());
            });
        }
        return changes;
    }

    private static boolean needsPricing(EditOrderCommand command) {
        return command.changes().stream().anyMatch(c -> c.type() == ChangeType.ADD_LINE
                || c.type() == ChangeType.SHIPPING_METHOD && c.methodId() != null);
    }

    private static int removedCount(EditOrderCommand command) {
        return (int) command.changes().stream().filter(c -> c.type() == ChangeType.REMOVE_LINE).count();
    }

    /**
     * The edited order's lines as the pricing sees them: the lines kept, at their copied prices and new
     * quantities (they weigh the parcel), then the new ones in the command's order; and the method asked for,
     * else none (the copied charge stays).
     */
    private static PriceOrderCommand pricingOf(Order order, EditOrderCommand command, Map<ProductId, Product> added) {
        Map<Integer, Integer> quantities = new HashMap<>();
        Set<Integer> removed = new HashSet<>();
        List<PriceOrderCommand.Item> items = new ArrayList<>();
        List<PriceOrderCommand.Item> newItems = new ArrayList<>();
        var methodId = order.price().shipping() == null ? null : order.price().shipping().methodId();
        boolean methodChanged = false;
        for (Change change : command.changes()) {
            switch (change.type()) {
                case SET_QUANTITY -> quantities.put(change.lineNo(), change.quantity());
                case REMOVE_LINE -> removed.add(change.lineNo());
                case ADD_LINE -> {
                    Product product = added.get(change.productId());
                    newItems.add(new PriceOrderCommand.Item(product.id(), product.details().category(),
                            product.price(), change.quantity()));
                }
                case SHIPPING_METHOD -> {
                    methodId = change.methodId();
                    methodChanged = true;
                }
                default -> {
                    // the address keeps its country and region: the pricing's destination stays the order's
                }
            }
        }
        for (OrderLine line : order.lines()) {
            if (!removed.contains(line.lineNo())) {
                items.add(new PriceOrderCommand.Item(line.productId(), "", line.unitPrice(),
                        quantities.getOrDefault(line.lineNo(), line.quantity())));
            }
        }
        items.addAll(newItems);
        return new PriceOrderCommand(items, order.shippingAddress(), methodChanged ? methodId : null);
    }

    private Map<ProductId, Product> addedProducts(EditOrderCommand command) {
        Map<ProductId, Product> found = new HashMap<>();
        for (int i = 0; i < command.changes().size(); i++) {
            Change add = command.changes().get(i);
            if (add.type() == ChangeType.ADD_LINE && !found.containsKey(add.productId())) {
                String field = "changes[" + i + "].productId";
                Product product = products.findById(add.productId()).orElseThrow(() ->
                        new InvalidInputException(field, "there is no product " + add.productId()));
                if (!product.isActive()) {
                    throw new LineRejectedException("PRODUCT_UNAVAILABLE", field, add.productId().value(),
                            add.quantity(), 0, "product " + add.productId() + " is no longer sold");
                }
                found.put(add.productId(), product);
            }
        }
        return found;
    }
}
